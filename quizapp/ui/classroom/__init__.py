"""The classroom window: `quizapp --preset FILE`, or a preset opened from the app.

Learners come one after another to the same preset: a name screen, the quiz (the existing quiz
page, driven through a `Sitting`), an end screen showing what the preset allows, and back to a
cleared name screen. The core (`quizapp.classroom`) decides everything; these widgets draw and
forward. See docs/classroom.md.
"""
