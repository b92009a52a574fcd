"""A head teacher's answers to a self-check, carried in a signed token and never stored.

The token is what the result page, its "change my answers" link and the action plan read:
``?state=<token>``. It holds the checklist's translation key (so a result opened in another
language still fits) and one answer per item, keyed by the item's block id (wagtail-localize
keeps block ids in every translation). A token that was changed, cut or made for another
checklist is refused with a 400; Django's signing makes forging one impossible without the
site's secret key.
"""

from dataclasses import dataclass

from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "selfcheck.answers"
MAX_TOKEN_LENGTH = 4000

IN_PLACE = "yes"
NOT_YET = "no"
UNSURE = "unsure"
CHOICES = [
    (IN_PLACE, _("Yes, in place")),
    (NOT_YET, _("Not yet")),
    (UNSURE, _("I don't know")),
]
VALUES = {value for value, _label in CHOICES}


class BadState(ValueError):
    """The token in the address was changed, cut, or made for another checklist."""


def field_name(item_id: str) -> str:
    """The form field of one item: ``item-<block id>``."""
    return f"item-{item_id}"


@dataclass(frozen=True)
class Answers:
    checklist_key: str
    by_item: dict  # {block id: "yes" | "no" | "unsure"}

    def token(self) -> str:
        return signing.dumps({"k": self.checklist_key, "a": self.by_item}, salt=SALT, compress=True)

    @classmethod
    def from_token(cls, token: str, checklist_key: str) -> "Answers":
        if not token or len(token) > MAX_TOKEN_LENGTH or "\x00" in token:
            raise BadState("missing or oversized")
        try:
            data = signing.loads(token, salt=SALT)
        except signing.BadSignature:
            raise BadState("bad signature") from None
        if not isinstance(data, dict) or data.get("k") != checklist_key or not isinstance(data.get("a"), dict):
            raise BadState("another checklist")
        by_item = {str(key): value for key, value in data["a"].items() if isinstance(value, str) and value in VALUES}
        return cls(checklist_key, by_item)

    @classmethod
    def from_form(cls, query, item_ids, checklist_key: str):
        """(Answers, [ids of unanswered items]) from the submitted form; unknown values count as unanswered."""
        by_item, missing = {}, []
        for item_id in item_ids:
            value = query.get(field_name(item_id), "")
            if value in VALUES:
                by_item[item_id] = value
            else:
                missing.append(item_id)
        return cls(checklist_key, by_item), missing
