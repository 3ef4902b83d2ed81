"""The body image block: Wagtail's ImageBlock (alt text or an explicit "decorative" tick) with a caption, and the
data migration that rewrote images stored before it."""

import pytest
import wagtail_factories
from django.core.exceptions import ValidationError
from wagtail.blocks.migrations.utils import apply_changes_to_raw_data

from home.models import StandardPage
from portal.core.blocks import BaseStreamBlock, CaptionedImageBlock, CaptionedImageOperation

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(title="Olive harvest")


def old_stream(image, alt_text):
    return [
        {"type": "heading", "value": {"text": "Harvest", "level": "h2"}, "id": "a"},
        {"type": "image", "value": {"image": image.pk, "alt_text": alt_text, "caption": "Messinia"}, "id": "b"},
    ]


def test_stored_images_are_rewritten_keeping_their_alt_text_and_caption(image):
    field = StandardPage.body  # the descriptor, as MigrateStreamData passes it
    stream = apply_changes_to_raw_data(
        old_stream(image, "Workers picking olives"), "image", CaptionedImageOperation(), field
    )
    assert stream[0]["value"] == {"text": "Harvest", "level": "h2"}
    assert stream[1]["value"] == {
        "image": {"image": image.pk, "alt_text": "Workers picking olives", "decorative": False},
        "caption": "Messinia",
    }
    assert CaptionedImageOperation().apply(stream[1]["value"]) == stream[1]["value"]  # converted values are kept

    html = BaseStreamBlock().to_python(stream).render_as_block()
    assert 'alt="Workers picking olives"' in html and "<figcaption>Messinia</figcaption>" in html


def test_an_image_stored_without_alt_text_becomes_decorative(image):
    field = StandardPage.body  # the descriptor, as MigrateStreamData passes it
    stream = apply_changes_to_raw_data(old_stream(image, ""), "image", CaptionedImageOperation(), field)
    assert stream[1]["value"]["image"]["decorative"] is True
    html = BaseStreamBlock().to_python(stream).render_as_block()
    assert 'alt=""' in html


def test_an_image_needs_alt_text_or_the_decorative_tick(image):
    block = CaptionedImageBlock()
    missing = block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""})
    with pytest.raises(ValidationError):
        block.clean(missing)
    decorative = block.to_python({"image": {"image": image.pk, "alt_text": "", "decorative": True}, "caption": ""})
    assert block.clean(decorative)["image"].decorative


def test_the_block_chooser_previews_a_real_image(image):
    oldest = type(image).objects.order_by("pk").first()
    assert CaptionedImageBlock().get_preview_value()["image"].pk == oldest.pk
