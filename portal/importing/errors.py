class ImportFailure(Exception):
    """One file could not be imported; the message is the reason printed after `PATH: error: `."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = str(reason)


class AlreadyImported(ImportFailure):
    """The same content was imported before (import_content's --again imports it anyway)."""
