"""The warning signs as HTML, in their two tiers: one rendering for every dialog and prompt."""

from __future__ import annotations

import html

from acutimer.core.safety import RED_FLAGS, RedFlags


def red_flags_html(tiers: tuple[RedFlags, ...] = RED_FLAGS, *, compact: bool = False) -> str:
    """Each tier's heading in bold, then its signs as a list, most urgent first.

    ``compact`` runs each tier's signs on in one paragraph, for the prompts that share a
    window with other things (the History window, the pain rating), so no sign is cut off.
    """
    parts = []
    for tier in tiers:
        if compact:
            signs = "; ".join(html.escape(sign) for sign in tier.signs)
            parts.append(f"<p><b>{html.escape(tier.heading)}</b> {signs}.</p>")
            continue
        items = "".join(f"<li>{html.escape(sign)}</li>" for sign in tier.signs)
        parts.append(
            f"<p><b>{html.escape(tier.heading)}</b></p><ul style='margin-top:0'>{items}</ul>"
        )
    return "".join(parts)
