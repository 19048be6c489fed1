"""PDF reports (reportlab). Imported only when exporting: reportlab is slow to import.

- :func:`write_assessment_report` writes the self-assessment report of one assessment;
- :class:`UnrenderableText` is raised, before anything is written, when some text cannot be
  drawn with the bundled font; its message names the characters and where they occur.
"""

from tuoyu_desktop.report.assessment import write_assessment_report
from tuoyu_desktop.report.scored import REPORT_TITLE, Attachment
from tuoyu_desktop.report.textcheck import UnrenderableText

__all__ = ["REPORT_TITLE", "Attachment", "UnrenderableText", "write_assessment_report"]
