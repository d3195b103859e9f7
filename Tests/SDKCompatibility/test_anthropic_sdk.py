"""The official Anthropic Python SDK, pointed at Palisade by base URL and key only."""

import anthropic
import pytest

ORDER_TOOL = {
    "name": "get_order",
    "description": "Look up an order",
    "input_schema": {"type": "object", "properties": {"query": {"type": "string"}}},
}


@pytest.fixture
def client(gateway):
    return anthropic.Anthropic(base_url=gateway.url, api_key=gateway.key, max_retries=0)


def test_message(client):
    message = client.messages.create(
        model="sim-claude", max_tokens=100, system="Be brief.", messages=[{"role": "user", "content": "Name a colour."}]
    )
    assert "Name a colour." in message.content[0].text
    assert message.usage.input_tokens > 0 and message.usage.output_tokens > 0


def test_streaming_message(client):
    with client.messages.stream(
        model="sim-claude", max_tokens=100, messages=[{"role": "user", "content": "Name a tree."}]
    ) as stream:
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert "Name a tree." in text
    assert final.usage.output_tokens > 0


def test_tool_use_then_tool_result(client):
    messages = [{"role": "user", "content": "Where is order 77?"}]
    first = client.messages.create(model="sim-claude", max_tokens=100, tools=[ORDER_TOOL], messages=messages)
    assert first.stop_reason == "tool_use"
    use = first.content[0]
    assert use.name == "get_order"
    assert use.input == {"query": "Where is order 77?"}

    messages += [
        {"role": "assistant", "content": first.content},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": use.id, "content": "Shipped on Monday"}]},
    ]
    second = client.messages.create(model="sim-claude", max_tokens=100, tools=[ORDER_TOOL], messages=messages)
    assert second.content[0].text == "The tool returned: Shipped on Monday"


def test_streamed_tool_use(client):
    with client.messages.stream(
        model="sim-claude", max_tokens=100, tools=[ORDER_TOOL], messages=[{"role": "user", "content": "Order 5?"}]
    ) as stream:
        final = stream.get_final_message()
    assert final.content[0].type == "tool_use"
    assert final.content[0].input == {"query": "Order 5?"}


def test_count_tokens(client):
    count = client.messages.count_tokens(model="sim-claude", messages=[{"role": "user", "content": "How many tokens?"}])
    assert count.input_tokens > 0


def test_wrong_key_is_an_authentication_error(gateway):
    bad = anthropic.Anthropic(base_url=gateway.url, api_key="pal_wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError):
        bad.messages.create(model="sim-claude", max_tokens=10, messages=[{"role": "user", "content": "hi"}])


def test_broken_stream_raises_instead_of_hanging(client):
    with pytest.raises(anthropic.APIStatusError) as raised:
        with client.messages.stream(
            model="sim-reset", max_tokens=10, messages=[{"role": "user", "content": "hi"}]
        ) as stream:
            list(stream.text_stream)
    assert "closed the connection" in str(raised.value)
