"""Sending classroom attempts to a Learning Record Store as xAPI 1.0.3 statements. No Qt here;
see docs/lrs.md."""
