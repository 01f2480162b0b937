"""quizapp: timed quizzes from YAML question banks, with each learner's progress saved locally."""

__version__ = "0.1.0"
