"""Playing a level by its questions alone: each answered as given, every day ended."""

from game.core.actions import END_DAY, Action
from game.core.engine import new_world, step
from game.core.level import Level


def played(level: Level, answers: dict[str, str]) -> list[Action]:
    """Answer each question as given (else its default) and end every day."""
    world, _ = new_world(level, 1)
    actions = []
    while not world.ended:
        prompt = next(iter(world.open_prompts), None)
        action = END_DAY
        if prompt is not None:
            action = Action("answer", prompt, answers.get(prompt, level.prompts[prompt].default))
        world, _ = step(world, action)
        actions.append(action)
    return actions
