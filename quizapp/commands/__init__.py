"""The terminal commands, one module each; `quizapp.cli` imports a command only when it runs."""
