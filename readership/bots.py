"""Who is not a reader: robots and programs, told apart by the User-Agent header alone.

The header is read while the request is answered and never stored. Real browsers all present
themselves as "Mozilla/5.0 (...)"; crawlers, link previews, monitors, headless browsers and
command-line tools either do not, or name themselves with one of the words below.
"""

import re

_ROBOT_WORDS = re.compile(
    r"bot\b|bot/|robot|crawl|spider|slurp|scrap|archiver|facebookexternalhit|facebookcatalog|embedly|"
    r"preview|snippet|monitor|uptime|pingdom|statuscake|headless|lighthouse|pagespeed|gtmetrix|"
    r"ahrefs|semrush|mj12|yandex|baidu|petal|bytespider|gptbot|chatgpt|claude|perplexity|"
    r"whatsapp|telegram|discord|slack|skype|linkedin|pinterest|mastodon|validator|checklink|"
    r"feed|rss|curl|wget|python|httpx|aiohttp|go-http|java/|okhttp|libwww|perl|ruby|php|node|axios",
    re.IGNORECASE,
)


def is_a_reader(user_agent: str) -> bool:
    """True for a browser a person uses; False for known robots and programs (or no header)."""
    return user_agent.startswith("Mozilla/") and not _ROBOT_WORDS.search(user_agent)
