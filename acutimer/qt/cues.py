"""Cues: what the person hears (tones, a voice) and sees (a flash) as a session runs.

The player listens to ``SessionRunner.events_happened``, which carries every engine
event with its true time. When the runner catches up after a stall, only the newest
cue of the batch is played, and only if it is still fresh: the person never hears a
burst of old cues.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from acutimer import paths
from acutimer.core.events import (
    Event,
    Halfway,
    Paused,
    PauseReason,
    PhaseStarted,
    Resumed,
    SessionEnded,
    Tick,
)
from acutimer.core.i18n import QT_TRANSLATE_NOOP
from acutimer.core.summary import Ending
from acutimer.core.timeline import Phase
from acutimer.qt.runner import SessionRunner
from acutimer.qt.settings import Settings
from acutimer.qt.sound import SoundOutput
from acutimer.qt.speech import Speech, speaking_seconds, voice_gain

SOUNDS = ("press", "release", "rest", "step", "switch", "tick", "check", "done")
STALE_CUE = 1.0
"""A phase cue more than this many real seconds late is dropped."""
STALE_TICK = 0.3
VOICE_AFTER_TONE = 0.3
"""With tones and voice both on, the phrase starts this long after the tone."""
VOICE_MARGIN = 0.3
"""A phrase must end at least this long before the next cue is due."""
# Said aloud, in the user interface's language: through ``said`` (context "Cues").
DONE_PHRASE = QT_TRANSLATE_NOOP("Cues", "Done. Well done.")
TEST_PHRASE = QT_TRANSLATE_NOOP("Cues", "Press the point now.")
PAUSED_PHRASE = QT_TRANSLATE_NOOP("Cues", "Paused")
GOING_ON = QT_TRANSLATE_NOOP("Cues", "Going on")
GOING_ON_WITH = QT_TRANSLATE_NOOP("Cues", "Going on. {cue}")
CHOICE_PHRASE = QT_TRANSLATE_NOOP(
    "Cues", "Optional step: {title}. Press Space to do it, or Right to skip it."
)


def said(phrase: str) -> str:
    """One of the phrases above in the user interface's language."""
    return QCoreApplication.translate("Cues", phrase)


def cue_sounds(sounds_dir: Path | None = None, parent: QObject | None = None) -> SoundOutput:
    """The output that plays the cue sounds (the shipped ones unless ``sounds_dir``)."""
    return SoundOutput(sounds_dir or paths.resource("sounds"), SOUNDS, parent)


def cue_gain(percent: int) -> float:
    """The linear gain (0..1) of tones and voice alike for the volume slider's 0..100.

    0 is silent; 1 is the voice's quietest step (about 25 dB down, the lowest level at
    which a phrase still matches a tone: see acutimer.qt.speech.QUIETEST_STEP), 100 is
    full level, and the steps between are even in decibels, as loudness is heard. The
    gain is then moved to the voice's nearest step, so tones and voice stay together.
    """
    if percent <= 0:
        return 0.0
    quietest = voice_gain(1e-9)
    return voice_gain(quietest ** ((100 - min(percent, 100)) / 99))


class CuePlayer(QObject):
    """Plays the cues of the session it is attached to, as the settings ask.

    Signals:
        visual_cue(PhaseKind): a phase of this kind began, for the window to flash the
            countdown in its colour. Emitted for every
            fresh phase cue, whatever the sound settings.
        status_changed(str): a plain sentence for the status bar when a wanted cue
            cannot be heard (no sound output, a broken sound file, no voice), or ""
            when all is well.
    """

    visual_cue = Signal(object)
    status_changed = Signal(str)

    def __init__(
        self,
        settings: Settings,
        *,
        sound: SoundOutput,
        speech: Speech,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.sound = sound
        sound.setParent(self)
        self.speech = speech
        speech.setParent(self)
        self.status = ""
        self._runner: SessionRunner | None = None
        self._voice_timer = QTimer(self)
        self._voice_timer.setSingleShot(True)
        self._voice_timer.timeout.connect(self._say_pending)
        self._pending_phrase: str | None = None
        self._stand_in: str | None = None
        """The tone of the cue whose phrase was handed over alone (no tone before it):
        played if speech-dispatcher has not begun the phrase in time (``Speech.late``)."""
        self._set_volume(settings.volume)
        settings.changed.connect(self.on_setting_changed)
        self.sound.problem_changed.connect(self._update_status)
        self.speech.available_changed.connect(self._update_status)
        self.speech.responsive_changed.connect(self._update_status)
        self.speech.late.connect(self._on_phrase_late)
        # Connecting to speech-dispatcher (starting it if need be) never waits.
        self.speech.start()
        self._update_status()

    @property
    def voice_available(self) -> bool | None:
        """True once a speech engine works, False if there is none, None while unknown."""
        return self.speech.available

    # -- the session ---------------------------------------------------------------

    def attach(self, runner: SessionRunner) -> None:
        self.detach()
        self._runner = runner
        runner.events_happened.connect(self.on_events)

    def detach(self) -> None:
        if self._runner is not None:
            self._runner.events_happened.disconnect(self.on_events)
            self._runner = None
        self._voice_timer.stop()
        self.speech.stop()

    def close(self) -> None:
        """Release the audio stream and speech-dispatcher's connection (the app quits)."""
        self.detach()
        self.sound.close()
        self.speech.shutdown()

    def on_events(self, events: list[Event]) -> None:
        runner = self._runner
        if runner is None:
            return
        now = runner.now()

        def late(event: Event) -> float:
            return (now - event.at) / runner.speed

        cue: Event | None = None
        tick: Tick | None = None
        for event in events:
            match event:
                case PhaseStarted() | Resumed() | SessionEnded() | Halfway():
                    cue, tick = event, None
                case Tick():
                    tick = event
                case Paused():
                    cue, tick = event, None
                    self._voice_timer.stop()
                    self.speech.stop()
        # A pause is said however late: after a sleep, "Paused" is what is true now.
        if isinstance(cue, Paused):
            self._play_pause(cue, runner)
        elif cue is not None and late(cue) <= STALE_CUE:
            self._play_cue(cue, runner, now)
        elif tick is not None and late(tick) <= STALE_TICK:
            self._play_tick()

    def _play_pause(self, event: Paused, runner: SessionRunner) -> None:
        """Heard with eyes closed: "Paused", or the question an optional step asks."""
        if event.reason is PauseReason.CHOICE:
            phrase = said(CHOICE_PHRASE).replace("{title}", runner.session.step.title)
        else:
            phrase = said(PAUSED_PHRASE)
        self._sound_and_voice("step", [phrase, said(PAUSED_PHRASE)], budget=math.inf)

    def _play_cue(self, event: Event, runner: SessionRunner, now: float) -> None:
        self._voice_timer.stop()
        if isinstance(event, SessionEnded):
            if event.summary.ending is Ending.FINISHED:
                self._sound_and_voice("done", [said(DONE_PHRASE)], budget=math.inf)
            return
        phase: Phase = event.phase  # type: ignore[attr-defined]
        self.visual_cue.emit(phase.kind)
        session = runner.session
        if isinstance(event, Halfway) and phase.halfway is not None:
            # The skin check: a soft tone, then the words (the window shows them too).
            halfway = phase.halfway
            budget = session.phase_remaining(now) / runner.speed
            self._sound_and_voice(halfway.sound, [halfway.speech, halfway.brief], budget=budget)
            return
        if self._ticks_audible():
            next_cue = session.until_next_tick(now)
        else:
            next_cue = session.phase_remaining(now)
        budget = next_cue / runner.speed
        if isinstance(event, Resumed):
            phrases = [said(GOING_ON_WITH).replace("{cue}", phase.cue.brief), said(GOING_ON)]
        else:
            phrases = [phase.cue.speech, phase.cue.brief]
        self._sound_and_voice(phase.cue.sound, phrases, budget=budget)

    def _sound_and_voice(self, sound: str, phrases: list[str], *, budget: float) -> None:
        settings = self.settings
        voice_ready = self.speech.ready
        wants_voice = settings.voice and voice_ready
        # Voice chosen but not there: tones play instead.
        wants_tone = settings.sound or (settings.voice and not voice_ready)
        toned = wants_tone and self.sound.play(sound)
        self._stand_in = None
        if not wants_voice:
            return
        delay = VOICE_AFTER_TONE if toned else 0.0
        room = budget - delay - VOICE_MARGIN
        phrase = next((p for p in phrases if p and speaking_seconds(p) <= room), None)
        if phrase is None:
            if not toned:
                self.sound.play(sound)
            return
        self._pending_phrase = phrase
        if delay:
            self._voice_timer.start(round(delay * 1000))
        else:
            self._stand_in = sound
            self._say_pending()

    def _say_pending(self) -> None:
        if self._pending_phrase is not None:
            phrase, self._pending_phrase = self._pending_phrase, None
            self.speech.say(phrase)

    def _on_phrase_late(self) -> None:
        """The voice is busy, stuck or gone: the cue's tone, late, rather than nothing (a
        phrase that follows all the same is heard after it)."""
        sound, self._stand_in = self._stand_in, None
        if sound is not None:
            self.sound.play(sound)

    def _play_tick(self) -> None:
        if self._ticks_audible():
            self.sound.play("tick")

    def _ticks_audible(self) -> bool:
        s = self.settings
        return s.ticks and (s.sound or s.voice) and s.volume > 0

    def play_test(self, sound: bool, voice: bool, volume: int) -> None:
        """Settings' "Play a test cue": one cue as the dialog's choices stand, unsaved.
        The saved volume comes back with ``restore_volume``."""
        self._set_volume(volume)
        self._stand_in = None
        if sound or (voice and not self.speech.available):
            self.sound.play("press")
        if voice and self.speech.available and self.speech.responsive:
            self.speech.say(said(TEST_PHRASE))

    def _set_volume(self, percent: int) -> None:
        """Tones and voice at one gain: the voice's nearest step to the slider's curve."""
        gain = cue_gain(percent)
        self.sound.set_gain(gain)
        self.speech.set_volume(gain)

    def restore_volume(self) -> None:
        self.on_setting_changed("cues/volume")

    # -- settings and status ---------------------------------------------------------

    def on_setting_changed(self, key: str) -> None:
        if key == "cues/volume":
            self._set_volume(self.settings.volume)
        if key.startswith("cues/"):
            self._update_status()

    def _update_status(self, *_: object) -> None:
        s = self.settings
        parts = []
        audible = (s.sound or s.voice) and s.volume > 0
        if audible and self.sound.problem:
            parts.append(
                QCoreApplication.translate(
                    "Cues", "Sound cues are unavailable: {problem}. The countdown flashes instead."
                ).replace("{problem}", self.sound.problem)
            )
        elif audible and self.sound.broken:
            names = ", ".join(sorted(self.sound.broken))
            parts.append(
                QCoreApplication.translate(
                    "Cues", "Some cue sounds cannot be played ({names}); those cues only flash."
                ).replace("{names}", names)
            )
        # With no sound output the voice is silent too, and no tone can stand in for it:
        # the sentence above (the countdown flashes) already says what happens.
        if s.voice and not (audible and self.sound.problem):
            if self.speech.available is False:
                parts.append(
                    QCoreApplication.translate(
                        "Cues", "Spoken cues are unavailable ({problem}); tones play instead."
                    ).replace("{problem}", self.speech.problem)
                )
            elif not self.speech.responsive:
                parts.append(
                    QCoreApplication.translate(
                        "Cues", "The voice is not responding; tones play instead."
                    )
                )
        text = " ".join(parts)
        if text != self.status:
            self.status = text
            self.status_changed.emit(text)
