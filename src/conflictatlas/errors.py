"""The project's exception tree.

Every error a user can cause is one of these. The CLI prints `str(error)` as one line; the API
turns it into one JSON shape. Messages name the input and the reason, and where there is a fix,
the fix.
"""


class ConflictAtlasError(Exception):
    """Base of every error Conflict Atlas raises on purpose."""

    code = "E000"
    http_status = 400  # what the API answers: most errors are the caller's input

    def __str__(self) -> str:
        # One line, whatever the reason quoted (a YAML parser's message spans three).
        return f"[{self.code}] {' '.join(ln.strip() for ln in super().__str__().splitlines() if ln.strip())}"


class ConfigError(ConflictAtlasError):
    code = "E001"


class UsageError(ConflictAtlasError):
    """A command-line option or argument the command cannot take (click's usage errors, as one line)."""

    code = "E002"


class OutputError(ConflictAtlasError):
    """A file a command was told to write (--output) could not be written."""

    code = "E003"

    def __init__(self, path, exc: OSError):
        super().__init__(f"{path}: cannot write the output ({exc.strerror or exc.__class__.__name__})")


class MissingExtra(ConflictAtlasError):
    """A feature whose optional dependency is not installed (an extra: postgres, dask, pandas)."""

    code = "E004"


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
    http_status = 503  # the database could not be opened or written: not the caller's fault


# Errors of the HTTP API's own rules (E6xx). Codes are the project's, not HTTP statuses.
class RequestError(ConflictAtlasError):
    code = "E600"


class Unauthorized(ConflictAtlasError):
    code = "E601"
    http_status = 401


class ReadOnly(ConflictAtlasError):
    code = "E602"
    http_status = 403
