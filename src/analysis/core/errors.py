"""One exception family for problems in the user's input, carrying where they are.

The command line turns a :class:`ClaimsDeskError` into one clear line and a non-zero exit;
a traceback means a bug in our code, never in the user's data.
"""

from __future__ import annotations


class ClaimsDeskError(Exception):
    """Base class: a problem in input, parameters or data that a person must fix.

    Parameters
    ----------
    message : str
        What is wrong and, where possible, what to do about it.
    file : str, optional
        The file concerned, relative to the project root where possible.
    line : int, optional
        The 1-based line of the file.
    column : str, optional
        The column name (for sheets) or parameter name (for reports).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __reduce__(self) -> tuple[object, ...]:
        """Pickle with every field, so errors cross process boundaries (parallel reports)."""
        return (_rebuild, (self.__class__, dict(self.__dict__)))

    def where(self) -> str:
        """Return ``file:line (column …)`` for the parts that are known."""
        parts = []
        if self.file:
            parts.append(self.file + (f":{self.line}" if self.line else ""))
        elif self.line:
            parts.append(f"line {self.line}")
        if self.column:
            parts.append(f"column {self.column!r}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


def _rebuild(cls: type[ClaimsDeskError], state: dict[str, object]) -> ClaimsDeskError:
    error = cls.__new__(cls)
    Exception.__init__(error, state.get("message", ""))
    error.__dict__.update(state)
    return error


class SheetError(ClaimsDeskError):
    """A raw collection sheet cannot be read as a whole (encoding, columns, CSV syntax)."""


class ReconciliationError(ClaimsDeskError):
    """Row counts do not add up: rows were lost or invented between two stages."""


class ReportConfigError(ClaimsDeskError):
    """``reports.yml`` or a report's parameters are wrong; found before any kernel starts."""


class ReportCheckError(ClaimsDeskError):
    """An executed report failed a pre-publication check (:mod:`analysis.publish.checks`)."""


class ReportExecutionError(ClaimsDeskError):
    """A report notebook raised while it ran.

    Parameters
    ----------
    report : str
        The report's name in ``reports.yml``.
    cell : int
        The 1-based index of the failing cell in the executed notebook.
    error : str
        The exception name and value raised in the cell.
    message : str
        A one-line explanation.
    file : str, optional
        Where the failed executed notebook was kept for debugging.
    """

    def __init__(
        self, message: str, *, report: str, cell: int | None, error: str, file: str | None = None
    ) -> None:
        super().__init__(message, file=file)
        self.report = report
        self.cell = cell
        self.error = error


class OutputError(ClaimsDeskError):
    """An output file cannot be written (disk full, read-only folder, permissions).

    Attributes
    ----------
    errno : int or None
        The operating system's error number (``errno.ENOSPC``, ``errno.EROFS``…).
    """

    def __init__(self, message: str, *, file: str | None = None, errno: int | None = None
                 ) -> None:
        super().__init__(message, file=file)
        self.errno = errno


class ReadError(ClaimsDeskError):
    """A file that must be read cannot be (permissions, an I/O error, gone meanwhile).

    Attributes
    ----------
    errno : int or None
        The operating system's error number (``errno.EACCES``, ``errno.EIO``…).
    """

    def __init__(self, message: str, *, file: str | None = None, errno: int | None = None
                 ) -> None:
        super().__init__(message, file=file)
        self.errno = errno


class BusyError(ClaimsDeskError):
    """Another run holds the project lock."""


class ChecksumError(ClaimsDeskError):
    """A file's bytes do not have the sha256 the registry pins."""


class FetchError(ClaimsDeskError):
    """A file can be found neither in ``data/external``, nor in a mirror, nor upstream."""


class ChartError(ClaimsDeskError):
    """Matplotlib cannot draw a chart's text (the message is one line)."""


class VerifyError(ClaimsDeskError):
    """The rebuild itself failed (not a difference: the pipeline could not run)."""


class ParameterError(ReportConfigError):
    """A report parameter has a value that means nothing (unknown name, date out of range)."""


class ReportsFailed(ClaimsDeskError):
    """One or more reports failed; the last good version of each stays published.

    Parameters
    ----------
    errors : list of ClaimsDeskError
        One error per failed report, in the order they failed.
    note : str, optional
        What else went wrong after them (the index could not be written), said last.
    """

    def __init__(self, errors: list[ClaimsDeskError], note: str | None = None) -> None:
        shown = "; ".join(str(e) for e in errors[:3])
        more = f"; and {len(errors) - 3} more" if len(errors) > 3 else ""
        after = f"; {note}" if note else ""
        super().__init__(f"{len(errors)} report(s) failed: {shown}{more}{after}")
        self.errors = list(errors)


class ExternalDataError(ClaimsDeskError):
    """External data is needed and cannot be had: names the data set, its URL, the mirror."""


class ArticleError(ClaimsDeskError):
    """An article cannot be read: empty, binary, too large, or a URL that cannot be fetched."""


class Interrupted(KeyboardInterrupt):
    """A run stopped by a signal (SIGINT, i.e. Ctrl-C, or SIGTERM): not an error in the input.

    A :class:`KeyboardInterrupt`, so every clean-up that handles Ctrl-C handles SIGTERM too.

    Parameters
    ----------
    signum : int
        The signal; the command exits with status 128 + ``signum`` (130, 143).
    """

    def __init__(self, signum: int) -> None:
        import signal

        self.signum = signum
        self.signal_name = signal.Signals(signum).name
        super().__init__(self.signal_name)
