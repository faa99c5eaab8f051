"""The project's exception tree.

Every error a user can cause is one of these. The CLI prints `str(error)` as one line; the API
turns it into one JSON shape. Messages name the input and the reason, and where there is a fix,
the fix.
"""


class ConflictAtlasError(Exception):
    """Base of every error Conflict Atlas raises on purpose."""

    code = "E000"

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class ConfigError(ConflictAtlasError):
    code = "E001"


class IngestError(ConflictAtlasError):
    """An input could not be read into an Article. Carries the input's name and the reason."""

    code = "E100"

    def __init__(self, source: str, reason: str):
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


class CodingError(ConflictAtlasError):
    code = "E200"


class GazetteerError(ConflictAtlasError):
    code = "E300"


class StoreError(ConflictAtlasError):
    code = "E400"
