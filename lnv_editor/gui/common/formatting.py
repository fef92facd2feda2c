"""Dates, times and numbers in the interface language's style, through QLocale.

``install_translators`` sets the default QLocale (Vietnamese: "29/11/2026 20:53", "1.500",
"7,5"); nothing here formats by hand, so English gets "11/29/2026 8:53 PM" and "1,500".
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def _date_format(locale: QLocale) -> str:
    # The locale's short date with a four-digit year and two-digit day and month: a newsroom
    # reads "29/11/2026", never "29/11/26".
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    fmt = re.sub(r"(?<![yY])[yY]{1,4}(?![yY])", "yyyy", fmt)
    fmt = re.sub(r"(?<!d)d(?!d)", "dd", fmt)
    return re.sub(r"(?<!M)M(?!M)", "MM", fmt)


def format_datetime(value: datetime, *, seconds: bool = False) -> str:
    """*value* (aware or naive UTC) in local time, in the interface locale's style."""
    locale = QLocale()
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    time_fmt = locale.timeFormat(
        QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    )
    if seconds:
        # The long format adds the time zone name; a revision list needs only the seconds.
        time_fmt = re.sub(r"\s*t+\s*", "", time_fmt).strip()
    return locale.toString(moment, f"{_date_format(locale)} {time_fmt}")


def format_compact(value: datetime, now: datetime | None = None) -> str:
    """As mail clients show it: the time today, day and month this year, the full date before
    ("20:53", "29/11", "29/11/2025" in Vietnamese; "8:53 PM", "11/29", "11/29/2025" in English)."""
    locale = QLocale()
    local = value.astimezone()
    now = (now or datetime.now(local.tzinfo)).astimezone(local.tzinfo)
    moment = QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000))
    if local.date() == now.date():
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    date_fmt = _date_format(locale)
    if local.year == now.year:
        # The locale's order without the year: "dd/MM" or "MM/dd".
        date_fmt = re.sub(r"[^dM]*yyyy[^dM]*", "", date_fmt).strip(" ./-")
    return locale.toString(moment.date(), date_fmt)


def format_number(value: int | float, decimals: int = -1) -> str:
    """1.500 and 7,5 in Vietnamese; 1,500 and 7.5 in English."""
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    return locale.toString(
        float(value), "f", decimals if decimals >= 0 else (0 if value == int(value) else 1)
    )


def format_pixels(width: int, height: int) -> str:
    """A photo's size: "6.000 × 4.000 px"."""
    return f"{format_number(width)} × {format_number(height)} px"
