"""The Nu HTML checker (vnu.jar from the vnu-jar npm package, run offline with the machine's Java)
finds no error on any page type in any language, nor on the routes, the "not found" page and the
pages only reached by walking: a tree step and outcome, a quiz question and its feedback."""

import json
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import pytest

from tests.harness.routes import public_routes
from tests.quality.targets import sitemap_pages

pytestmark = pytest.mark.django_db

VNU = Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
FIRST_LINK = r'<a class="button {}" href="([^"]+)"'


def walked_pages(client, paths):
    """Tree and quiz pages behind a start button, followed as a pupil would, without JavaScript."""
    found = []
    for path in paths:
        html = client.get(path).content.decode()
        start = re.search(FIRST_LINK.format("tree__start"), html)
        if start:
            url = unescape(start.group(1))
            for _step in range(25):
                found.append(url)
                answer = re.search(FIRST_LINK.format("tree__answer"), client.get(url).content.decode())
                if not answer:
                    break
                url = unescape(answer.group(1))
        quiz = re.search(r'<a class="button button--big" href="([^"]+/question/1/)"', html)
        if quiz:
            question = unescape(quiz.group(1))
            found.append(question)
            choice = re.search(r'name="choice" value="([^"]+)"', client.get(question).content.decode()).group(1)
            feedback = client.post(question, {"choice": [choice]})
            found.append(feedback["Location"])
    return found


def test_every_page_type_is_valid_html(client, tmp_path):
    java = shutil.which("java")
    assert java, "the Nu HTML checker needs Java: `make install` installs default-jre-headless"
    assert VNU.exists(), "run `make install` (npm ci) to install the vnu-jar package"
    paths = sitemap_pages(client)
    for route in public_routes():
        if route.localised and not route.has_parameters and not route.template.startswith("_util/"):
            paths += [route.url(language) for language in ("fr", "lb")]
    paths += ["/fr/page-inexistante/", "/lb/page-inexistante/"]
    paths += walked_pages(client, [path for path in paths if path.startswith(("/fr/", "/lb/"))])
    pages = tmp_path / "pages"  # the test's media folder lives in tmp_path too
    pages.mkdir()
    files = {}
    for number, path in enumerate(dict.fromkeys(paths)):
        response = client.get(path)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        file = pages / f"page-{number}.html"
        file.write_bytes(response.content)
        files[file.name] = path
    assert len(files) > 20
    command = [java, "-jar", str(VNU), "--errors-only", "--format", "json", "--stdout"]
    result = subprocess.run(
        [*command, *map(str, sorted(pages.iterdir()))],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    messages = json.loads(result.stdout or "{}").get("messages", [])
    errors = [
        f"{files.get(Path(m.get('url', '')).name, m.get('url'))}: {m.get('message')} ({m.get('extract', '').strip()})"
        for m in messages
        if m.get("type") == "error" or m.get("subType") == "fatal"
    ]
    assert result.returncode == 0 or errors, result.stderr[-2000:]
    assert not errors, "\n".join(errors)
