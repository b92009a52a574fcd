"""Anonymous questions in a lesson, in real browsers: the teacher opens a question box, a pupil
joins on a phone and sends a question with a phone number in it, the teacher sees it masked and
projects it next to an editor's answer; the projector follows by itself. The same journey works
without JavaScript. axe-core scans every new screen at 375 and 1280 px."""

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_live_quiz import Scanner

pytestmark = pytest.mark.browser

GROOMING_ANSWER = "Quelqu'un que j'ai rencontré en ligne veut que notre amitié reste secrète. C'est normal ?"
QUESTION = "Quelqu'un veut que notre amitié reste secrète, il m'a donné son numéro 621 123 456. C'est normal ?"


def _open_box(new_context, java_script_enabled=True, axe=None):
    teacher = new_context(viewport=DESKTOP, java_script_enabled=java_script_enabled)
    control = teacher.new_page()
    control.goto("/fr/questions/start/")
    if axe:
        axe.scan(control, "start a question box")
    control.locator("select[name=topic]").select_option(label="Grooming")
    control.locator("main form button[type=submit]").click()
    control.wait_for_url("**/questions/*/control/")
    code = control.url.rstrip("/").split("/")[-2]
    screen = teacher.new_page()  # the projector: a second window of the teacher's own browser
    screen.goto(f"/fr/questions/{code}/screen/")
    assert screen.locator(".site-header").count() == 0 and screen.locator("form").count() == 0
    symbols = [item.inner_text().strip() for item in screen.locator(".room-symbols__item").all()]
    return teacher, control, screen, code, symbols


def _pupil_asks(new_context, code, symbols, java_script_enabled=True):
    pupil = new_context(viewport=PHONE, java_script_enabled=java_script_enabled).new_page()
    pupil.goto(f"/fr/join/?code={code}")
    for position, symbol in enumerate(symbols, start=1):
        pupil.locator(f"select[name=symbol{position}]").select_option(label=symbol)
    pupil.locator("main form button[type=submit]").click()
    pupil.wait_for_url(f"**/questions/{code}/")
    return pupil


def _send(pupil, text):
    pupil.locator("textarea[name=text]").fill(text)
    pupil.locator("main form button[type=submit]").click()
    pupil.wait_for_url("**/sent/")


def test_a_pupil_sends_a_question_and_the_teacher_projects_it_with_an_answer(new_context):
    axe = Scanner()
    _teacher, control, screen, code, symbols = _open_box(new_context, axe=axe)
    axe.scan(control, "control, empty")
    axe.scan(screen, "projector, waiting")
    control.evaluate("window.stillTheSamePage = true")
    screen.evaluate("window.stillTheSamePage = true")

    pupil = _pupil_asks(new_context, code, symbols)
    axe.scan(pupil, "pupil's question form")
    pupil.locator("textarea[name=text]").fill("")
    pupil.locator("main form button[type=submit]").click()
    expect(pupil.locator(".errorlist")).to_be_visible()
    axe.scan(pupil, "pupil's question form with an error")
    _send(pupil, QUESTION)
    expect(pupil.locator("#service-kannerjugendtelefon")).to_be_visible()
    expect(pupil.locator("#service-bee-secure-helpline")).to_be_visible()
    axe.scan(pupil, "sent, where to get help")

    # The control page shows the question by itself, masked; the projector shows nothing of it.
    card = control.locator(".question-card").first
    expect(card).to_contain_text("C'est normal ?", timeout=8000)
    expect(card).not_to_contain_text("621")
    expect(card.locator(".masked")).to_be_visible()
    expect(screen.locator("main")).not_to_contain_text("C'est normal ?")
    axe.scan(control, "control, one question")

    card.locator("select[name=answer]").select_option(label=GROOMING_ANSWER)
    card.locator("button", has_text="Montrer au projecteur").click()
    expect(screen.locator(".question-screen__text")).to_contain_text("C'est normal ?", timeout=8000)
    expect(screen.locator(".question-screen__answer")).to_contain_text("grooming")
    expect(screen.locator("main")).not_to_contain_text("621")
    axe.scan(screen, "projector, a question with an answer")
    assert control.evaluate("window.stillTheSamePage") and screen.evaluate("window.stillTheSamePage")

    control.locator("button", has_text="Retirer du projecteur").click()
    expect(screen.locator(".question-screen__text")).to_have_count(0, timeout=8000)
    control.locator("button", has_text="Terminer la boîte et supprimer ses questions").click()
    control.wait_for_url(f"**/questions/{code}/control/end/")
    axe.scan(control, "box ended")
    axe.assert_clean()


def test_the_same_journey_without_javascript(new_context):
    _teacher, control, screen, code, symbols = _open_box(new_context, java_script_enabled=False)
    pupil = _pupil_asks(new_context, code, symbols, java_script_enabled=False)
    _send(pupil, "Une question sans JavaScript ?")
    control.locator("a", has_text="Actualiser").first.click()
    card = control.locator(".question-card").first
    expect(card).to_contain_text("Une question sans JavaScript ?")
    card.locator("button", has_text="Montrer au projecteur").click()
    control.wait_for_url(f"**/questions/{code}/control/")
    screen.locator("a", has_text="Actualiser").click()
    expect(screen.locator(".question-screen__text")).to_contain_text("Une question sans JavaScript ?")
