"""A joint source on the faces: the JSON API and the pages show the statement of "Dick Durbin and Adam
Schiff" with each member linked to the member's own speaker, and it is on each member's page."""

from __future__ import annotations

import warnings

import pytest
from lxml import html as lxml_html

pytest.importorskip("fastapi")
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from onrecord.store.store import Store  # noqa: E402
from onrecord.web.app import make_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory, joint_reading):
    with Store.open(str(tmp_path_factory.mktemp("joint") / "joint.db")) as store:
        saved = store.save(joint_reading())
        with TestClient(make_app(store, token="t")) as c:
            c.article_id = saved.article_id  # type: ignore[attr-defined]
            yield c


def ids(client) -> dict[str, int]:
    return {sp["name"]: sp["id"] for sp in client.get("/api/speakers").json()["items"]}


def test_the_api_links_each_member(client):
    speakers = ids(client)
    doc = client.get(f"/api/articles/{client.article_id}").json()
    members = doc["statements"][0]["speaker"]["members"]
    assert [(m["name"], m["speaker_id"]) for m in members] == [("Dick Durbin", speakers["Dick Durbin"]),
                                                               ("Adam Schiff", speakers["Adam Schiff"])]
    assert "members" not in doc["statements"][1]["speaker"]
    rows = client.get("/api/statements", params={"speaker": "Adam Schiff"}).json()["items"]
    assert [r["speaker"] for r in rows] == ["Dick Durbin and Adam Schiff"]
    assert [m["speaker_id"] for m in rows[0]["members"]] == [speakers["Dick Durbin"], speakers["Adam Schiff"]]
    assert client.get(f"/api/speakers/{speakers['Adam Schiff']}").json()["statement_count"] == 1


@pytest.mark.parametrize("page", ["speaker", "article"])
def test_the_pages_link_each_member(client, page):
    speakers = ids(client)
    url = f"/speakers/{speakers['Adam Schiff']}" if page == "speaker" else f"/articles/{client.article_id}"
    tree = lxml_html.fromstring(client.get(url, params={"uncertain": 1}).text)
    joint = tree.xpath('//*[contains(@class, "who") and contains(@class, "joint")]')
    assert joint, "no joint speaker shown"
    links = [(a.text, a.get("href")) for a in joint[0].xpath(".//a")]
    assert links == [("Dick Durbin", f"/speakers/{speakers['Dick Durbin']}"),
                     ("Adam Schiff", f"/speakers/{speakers['Adam Schiff']}")]
    assert joint[0].text_content().strip() == "Dick Durbin and Adam Schiff"
