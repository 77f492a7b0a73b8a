"""The warning signs as HTML, in their two tiers: one rendering for every dialog and prompt."""

from __future__ import annotations

import html

from acutimer.core.safety import RED_FLAGS, RedFlags


def red_flags_html(tiers: tuple[RedFlags, ...] = RED_FLAGS, *, compact: bool = False) -> str:
    """Each tier's heading in bold, then its signs as a bulleted list, most urgent first.

    One sign to a line, so a worried person can run down the list at a glance. ``compact``
    puts less space between the signs, for the prompts that share a window with other
    things: the History window, the pain rating.
    """
    # A bullet column beside the signs rather than <ul>: a sign that wraps lines up
    # under its own first word, whatever the font.
    gap = 2 if compact else 4
    parts = []
    for tier in tiers:
        rows = "".join(
            f"<tr><td style='padding:0 8px {gap}px 18px'>•</td>"
            f"<td style='padding-bottom:{gap}px'>{html.escape(sign)}</td></tr>"
            for sign in tier.signs
        )
        parts.append(
            f"<p style='margin-bottom:{gap}px'><b>{html.escape(tier.heading)}</b></p>"
            f"<table cellspacing='0' cellpadding='0'>{rows}</table>"
        )
    return "".join(parts)
