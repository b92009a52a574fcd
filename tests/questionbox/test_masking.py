"""What could identify or reach someone is masked before a question is stored or shown."""

import pytest

from questionbox.masking import EMAIL, HANDLE, LINK, PHONE, mask, with_labels


@pytest.mark.parametrize(
    "text",
    [
        "appelle-moi au 621 123 456",  # a Luxembourg mobile
        "mon numéro: 621123456",
        "+352 621 123 456",
        "+352621123456",
        "00352 691 12 34 56",
        "(+352) 26 12 34 56",  # a landline with its prefix
        "26 12 34 56",
        "45 45 45",  # six digits in pairs
        "4796-2222",
        "621.123.456",
        "621/12 34 56",
        "+33 6 12 34 56 78",  # a French mobile
        "+49 151 2345 6789",
    ],
)
def test_phone_numbers_are_masked(text):
    masked = mask(text)
    assert PHONE in masked
    assert not any(character.isdigit() for character in masked), masked


@pytest.mark.parametrize(
    "text",
    [
        "julie.m@gmail.com",
        "écris à julie_2013@hotmail.fr stp",
        "julie (at) gmail (dot) com",
        "julie [at] gmail [dot] com",
        "julie at gmail dot com",
        "JULIE@EDUCATION.LU",
    ],
)
def test_email_addresses_are_masked(text):
    masked = mask(text)
    assert EMAIL in masked
    assert "julie" not in masked.lower()


@pytest.mark.parametrize(
    "text",
    [
        "regarde https://example.com/profil?id=42",
        "http://bit.ly/xyz",
        "www.monsite.lu",
        "snapchat.com/add/julie",
        "tiktok.com/@julie",
        "t.me/julie",
        "discord.gg/abc",
    ],
)
def test_links_are_masked(text):
    masked = mask(text)
    assert LINK in masked
    assert "julie" not in masked and "monsite" not in masked and "abc" not in masked and "42" not in masked


@pytest.mark.parametrize("text", ["mon snap c'est @julie_2013", "@Julie.M", "insta: @julie"])
def test_handles_are_masked(text):
    masked = mask(text)
    assert HANDLE in masked
    assert "julie" not in masked.lower()


@pytest.mark.parametrize(
    "text",
    [
        "J'ai 12 ans, est-ce grave ?",
        "Depuis 2024 il m'écrit tous les jours à 22:00.",
        "Il m'a dit qu'il avait 25 ans, c'est normal ?",
        "C'était le 12.03.2025, etc.",
        "Que faire si quelqu'un me demande une photo ?",
        "On se voit à 15h",
    ],
)
def test_ordinary_questions_are_left_as_they_are(text):
    assert mask(text) == text


def test_labels_are_shown_in_the_readers_language_and_the_rest_is_escaped():
    from django.utils import translation

    masked = mask("<b>Appelle</b> 621 123 456")
    with translation.override("en"):
        html = str(with_labels(masked))
    assert "&lt;b&gt;Appelle&lt;/b&gt;" in html
    assert '<span class="masked">[phone number hidden]</span>' in html
    with translation.override("de"):
        assert "[phone number hidden]" not in str(with_labels(masked))
