from hypothesis import given
from hypothesis import strategies as st

from bot.ingest.charsets import charset_from_content_type, decode_document, declared_charset

PROSE = "<p>The caf\u00e9\u2019s owner said \u201cwe are ruined\u201d \u2014 a na\u00efve plan costing \u20ac5.</p>"


def test_windows_1252_without_any_declaration_is_detected():
    text, codec = decode_document(PROSE.encode("cp1252"))
    assert text == PROSE
    assert codec == "cp1252"


def test_iso_8859_1_label_is_read_as_windows_1252():
    body = PROSE.encode("cp1252")
    assert decode_document(body, "ISO-8859-1")[0] == PROSE


def test_utf8_mislabelled_as_latin1_is_read_as_utf8():
    assert decode_document(PROSE.encode("utf-8"), "iso-8859-1") == (PROSE, "utf-8")


def test_wrong_utf8_header_falls_back_to_the_bytes():
    text, _ = decode_document(PROSE.encode("cp1252"), "utf-8")
    assert text == PROSE


def test_meta_tag_and_xml_declaration_are_honoured():
    page = '<meta charset="windows-1251"><p>\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442</p>'
    assert decode_document(page.encode("cp1251"))[0] == page
    feed = '<?xml version="1.0" encoding="ISO-8859-15"?><rss><title>\u20ac</title></rss>'
    assert decode_document(feed.encode("iso-8859-15")) == (feed, "iso8859_15")


def test_byte_order_mark_wins_over_a_wrong_header():
    text, codec = decode_document(PROSE.encode("utf-16"), "iso-8859-1")
    assert text == PROSE and codec == "utf-16"


def test_unknown_labels_are_ignored_and_nothing_raises():
    assert decode_document(b"<p>plain</p>", "x-made-up")[0] == "<p>plain</p>"
    text, _ = decode_document(bytes(range(256)))
    assert isinstance(text, str)


def test_charset_is_read_from_headers_and_documents():
    assert charset_from_content_type('text/html; charset="ISO-8859-1"') == "ISO-8859-1"
    assert charset_from_content_type("text/html") is None
    assert declared_charset(b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">') == "koi8-r"


@given(st.binary(max_size=500), st.sampled_from([None, "utf-8", "iso-8859-1", "shift_jis", "nonsense", "utf-16"]))
def test_decoding_never_raises(body, header):
    text, codec = decode_document(body, header)
    assert isinstance(text, str) and codec
