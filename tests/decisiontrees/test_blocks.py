import pytest

from decisiontrees.blocks import OutcomeStepBlock, QuestionStepBlock

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("block_class", [QuestionStepBlock, OutcomeStepBlock])
def test_step_blocks_render_their_preview_for_editors(block_class):
    block = block_class()
    html = block.render(block.get_preview_value())
    assert block.meta.icon and block.meta.description
    assert ("que tes parents voient" in html) if block_class is QuestionStepBlock else ("Ne publie pas" in html)
