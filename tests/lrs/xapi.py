"""The independent validator: Ralph's pydantic models of xAPI 1.0.3 statements (Ralph is a
conformant LRS; its models share no code with quizapp's statement builder)."""

from __future__ import annotations

from typing import Any

from ralph.models.xapi.base.statements import BaseXapiStatement


def validate(statement: dict[str, Any]) -> None:
    """Raise pydantic's `ValidationError` unless `statement` is a valid xAPI 1.0.3 statement."""
    BaseXapiStatement.model_validate(statement)
