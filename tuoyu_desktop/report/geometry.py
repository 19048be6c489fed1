"""Page size and margins of the portrait reports, in PDF points, without importing reportlab.

The styles lay the reports out with these numbers, and :mod:`.signers` computes the reserved
signature rectangles from them, so signing and verifying (which must stay fast and never load
reportlab) agree with the layout to the point.
"""

from __future__ import annotations

MM = 72 / 25.4  # points per millimetre
PAGE_SIZE = (210 * MM, 297 * MM)  # A4 portrait
MARGIN_LEFT = MARGIN_RIGHT = 18 * MM
MARGIN_TOP = 24 * MM
MARGIN_BOTTOM = 20 * MM
FRAME_PADDING = 6  # reportlab's frames keep this much inside the margins
