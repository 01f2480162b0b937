"""The app's pages, one per step of the learner's journey; `ui/window.py` switches between them."""
