"""A speech engine that writes down what it is asked to say, instead of speaking."""

from __future__ import annotations

from acutimer.qt.speech import Speech


class RecordingSpeech(Speech):
    """Available, responsive and warmed up at once; ``phrases`` lists every phrase said,
    in order."""

    def __init__(self) -> None:
        super().__init__(None)
        self.available = True
        self.warm = True
        self.problem = ""
        self.phrases: list[str] = []

    def say(self, text: str) -> bool:
        self.phrases.append(text)
        self.said.emit(text)
        return True

    def stop(self) -> None:
        pass
