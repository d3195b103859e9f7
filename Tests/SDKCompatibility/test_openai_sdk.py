"""The official OpenAI Python SDK, pointed at Palisade by base URL and key only."""

import json
from urllib.parse import unquote

import openai
import pytest

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.url + "/v1", api_key=gateway.key, max_retries=0)


def test_chat_completion(client):
    completion = client.chat.completions.create(
        model="sim-gpt",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a prime number."}],
    )
    assert "Name a prime number." in completion.choices[0].message.content
    assert completion.usage.prompt_tokens > 0 and completion.usage.completion_tokens > 0


def test_chat_streaming_with_usage(client):
    stream = client.chat.completions.create(
        model="sim-gpt",
        messages=[{"role": "user", "content": "Count to three."}],
        stream=True,
        stream_options={"include_usage": True},
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "Count to three." in text
    assert len(chunks) > 5
    assert chunks[-1].usage.completion_tokens > 0


def test_tool_call_then_tool_result(client):
    messages = [{"role": "user", "content": "What is the weather in Oslo?"}]
    first = client.chat.completions.create(model="sim-gpt", messages=messages, tools=[WEATHER_TOOL])
    call = first.choices[0].message.tool_calls[0]
    assert first.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments)["query"] == "What is the weather in Oslo?"

    messages += [first.choices[0].message, {"role": "tool", "tool_call_id": call.id, "content": "Oslo: 4 degrees, rain"}]
    second = client.chat.completions.create(model="sim-gpt", messages=messages, tools=[WEATHER_TOOL])
    assert second.choices[0].message.content == "The tool returned: Oslo: 4 degrees, rain"


def test_streamed_tool_call_arguments(client):
    stream = client.chat.completions.create(
        model="sim-gpt", messages=[{"role": "user", "content": "Weather in Lima?"}], tools=[WEATHER_TOOL], stream=True
    )
    name, arguments = None, ""
    for chunk in stream:
        for call in (chunk.choices[0].delta.tool_calls or []) if chunk.choices else []:
            name = name or call.function.name
            arguments += call.function.arguments or ""
    assert name == "get_weather"
    assert json.loads(arguments) == {"query": "Weather in Lima?"}


def test_responses_api(client):
    response = client.responses.create(model="sim-gpt", instructions="Be terse.", input="Describe the sea.")
    assert "Describe the sea." in response.output_text
    assert response.usage.input_tokens > 0


def test_responses_api_streaming(client):
    events = list(client.responses.create(model="sim-gpt", input="Describe the sky.", stream=True))
    deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert "Describe the sky." in deltas
    assert events[-1].type == "response.completed"
    assert events[-1].response.usage.output_tokens > 0


def test_legacy_completions(client):
    completion = client.completions.create(model="sim-gpt", prompt="Once upon a time")
    assert "Once upon a time" in completion.choices[0].text


def test_embeddings(client):
    result = client.embeddings.create(model="sim-embed", input=["the cat sat", "a dog ran"])
    assert [len(item.embedding) for item in result.data] == [256, 256]
    assert abs(sum(x * x for x in result.data[0].embedding) - 1.0) < 1e-3


def test_models(client):
    assert "sim-gpt" in [model.id for model in client.models.list()]


def test_personal_data_is_masked_upstream_and_restored_for_the_caller(client):
    prompt = "Please reply to jane.doe@example.org about card 4539 1488 0343 6467."
    raw = client.chat.completions.with_raw_response.create(
        model="sim-gpt", messages=[{"role": "user", "content": prompt}], extra_headers={"X-Palisade-Session": "sdk-masking"}
    )
    seen_upstream = unquote(raw.headers["x-simulator-received-prompt"])
    assert "jane.doe@example.org" not in seen_upstream and "4539 1488" not in seen_upstream
    assert "[EMAIL_1]" in seen_upstream and "[PAYMENT_CARD_1]" in seen_upstream
    assert prompt in raw.parse().choices[0].message.content


def test_masked_values_are_restored_in_streams(client):
    prompt = "Forward this to jane.doe@example.org today."
    stream = client.chat.completions.create(
        model="sim-gpt", messages=[{"role": "user", "content": prompt}], stream=True,
        extra_headers={"X-Palisade-Session": "sdk-masking-stream"},
    )
    text = "".join(c.choices[0].delta.content or "" for c in stream if c.choices)
    assert prompt in text and "[EMAIL" not in text


def test_wrong_key_is_an_authentication_error(gateway):
    bad = openai.OpenAI(base_url=gateway.url + "/v1", api_key="pal_wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as raised:
        bad.chat.completions.create(model="sim-gpt", messages=[{"role": "user", "content": "hi"}])
    assert raised.value.code == "invalid_api_key"


def test_upstream_failure_surfaces_as_server_error(client):
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(model="sim-error", messages=[{"role": "user", "content": "hi"}])


def test_broken_stream_raises_instead_of_hanging(client):
    stream = client.chat.completions.create(model="sim-reset", messages=[{"role": "user", "content": "hi"}], stream=True)
    with pytest.raises(openai.APIError) as raised:
        list(stream)
    assert "closed the connection" in str(raised.value)
