"""answer: reply to a question the regime asks (consent, disclosure); it costs no action.

A question left open at the end of the day takes its pre-ticked default (`answer_prompt`).
"""

from collections.abc import Iterator

from game.core import events as ev
from game.core.actions import Action
from game.core.effects import apply_effects
from game.core.firing import fire_action_rules
from game.core.level_spec import LevelSpec
from game.core.rules.action import Match
from game.core.verbs.base import Offer, State, Verb
from game.core.world import Draft, World


def _targets(spec: LevelSpec) -> dict[str, frozenset[str]]:
    """Each option with the tag `answer_prompt` fires rules with: its prompt's id."""
    return {o.id: frozenset({p.id}) for p in spec.prompts for o in p.options}


def _candidates(w: World) -> Iterator[Offer]:
    for pid in w.open_prompts:
        for o in w.level.prompts[pid].options:
            action = Action("answer", pid, o.id)
            yield Offer(action, o.label, frozenset({pid}), _refusal(w, action))


def _refusal(w: State, a: Action) -> str | None:
    if a.target not in w.open_prompts:
        return "There is no such question waiting."
    options = [o.id for o in w.level.prompts[a.target].options]
    if a.option not in options:
        return f"Choose one of: {', '.join(options)}."
    return None


def answer_prompt(
    w: Draft, out: list[ev.Event], prompt_id: str, option_id: str, *, by_default: bool
) -> None:
    """Record an answer and apply its effects (also used for pre-ticked defaults)."""
    prompt, option = w.level.options[option_id]
    w.answers[prompt_id] = option_id
    w.open_prompts = tuple(p for p in w.open_prompts if p != prompt_id)
    out.append(ev.PromptAnswered(w.day, prompt_id, option_id, by_default))
    apply_effects(w, out, option.effects, prompt.id, prompt.title)
    fire_action_rules(w, out, Match("answer", option_id, frozenset({prompt_id})), prompt.title)


def _apply(w: Draft, out: list[ev.Event], a: Action) -> None:
    answer_prompt(w, out, a.target, a.option, by_default=False)


ANSWER = Verb("answer", _targets, _candidates, _refusal, _apply, free=True)
