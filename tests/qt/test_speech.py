"""The SSIP client against a small in-process speech-dispatcher stand-in (a QLocalServer
that answers as speech-dispatcher 0.11 does), and the helpers around it. The real
daemon, slow, frozen and killed, is exercised in tests/sound/test_speech_faults.py."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from pytestqt.qtbot import QtBot

from acutimer.qt.speech import LATE_AFTER, Speech, socket_path, ssip_volume


class FakeDaemon:
    """Answers SSIP commands like speech-dispatcher; records what it was told."""

    def __init__(self, path: Path) -> None:
        self.server = QLocalServer()
        assert self.server.listen(str(path))
        self.server.newConnection.connect(self._accept)
        self.client: QLocalSocket | None = None
        self.commands: list[str] = []
        self.spoken: list[list[str]] = []
        self.frozen = False
        self.silent = False
        self._text: list[str] | None = None
        self._buffer = b""

    def _accept(self) -> None:
        self.client = self.server.nextPendingConnection()
        self.client.readyRead.connect(self._read)

    def _send(self, *lines: str) -> None:
        assert self.client is not None
        self.client.write("".join(line + "\r\n" for line in lines).encode())

    def _read(self) -> None:
        assert self.client is not None
        if self.frozen:
            return  # leave it unread, as a stopped process does
        self._buffer += bytes(self.client.readAll().data())
        *lines, self._buffer = self._buffer.split(b"\r\n")
        for raw in lines:
            self._line(raw.decode())

    def _line(self, line: str) -> None:
        if self._text is not None:
            if line != ".":
                self._text.append(line)
                return
            self.spoken.append(self._text)
            self._text = None
            msg = str(len(self.spoken))
            self._send(f"225-{msg}", "225 OK MESSAGE QUEUED")
            if not self.silent:
                self._send(f"701-{msg}", "701-1", "701 BEGIN")
            return
        self.commands.append(line)
        if line == "SPEAK":
            self._text = []
            self._send("230 OK RECEIVING DATA")
        elif line == "CANCEL self":
            self._send("213 OK CANCELED")
            if self.spoken:
                self._send(f"703-{len(self.spoken)}", "703-1", "703 CANCELED")
        elif line == "QUIT":
            self._send("231 HAPPY HACKING")
        elif line == "GET VOLUME":
            self._send("251-0", "251 OK GET RETURNED")
        else:
            self._send("200 OK")

    def close(self) -> None:
        if self.client is not None:
            self.client.abort()
        self.server.close()


@pytest.fixture
def daemon(tmp_path: Path, qtbot: QtBot) -> FakeDaemon:
    fake = FakeDaemon(tmp_path / "speechd.sock")
    yield fake
    fake.close()


def connected(daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot, language: str = "en") -> Speech:
    speech = Speech(tmp_path / "speechd.sock", daemon=None, language=language)
    with qtbot.wait_signal(speech.available_changed, timeout=5000) as ready:
        speech.start()
    assert ready.args == [True]
    return speech


def warmed_up(daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot) -> Speech:
    """Connected, with the silent warm-up word begun: cues now go to the voice."""
    speech = connected(daemon, tmp_path, qtbot)
    qtbot.wait_until(lambda: speech.ready)
    return speech


def test_the_handshake_names_the_client_and_asks_for_events(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    assert daemon.commands[:4] == [
        "SET self CLIENT_NAME user:acutimer:cues",
        "SET self NOTIFICATION ALL on",
        "SET self LANGUAGE en",
        "SET self PRIORITY message",
    ]
    assert daemon.commands[4].startswith("SET self VOLUME ")
    assert speech.available and speech.responsive
    speech.shutdown()


def test_a_daemon_just_reached_says_a_silent_word_first_so_the_first_cue_is_not_late(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    qtbot.wait_until(lambda: len(daemon.commands) >= 8)
    volume = daemon.commands[4]
    # At volume -100 espeak-ng writes only zero samples: nothing is heard.
    assert daemon.commands[5:8] == ["SET self VOLUME -100", "SPEAK", volume]
    assert daemon.spoken == [["a"]]
    # Cues use the voice once that word has begun (the fake begins at once).
    qtbot.wait_until(lambda: speech.ready)
    speech.shutdown()
    assert not speech.ready


def test_a_daemon_that_never_begins_its_warm_up_word_is_tried_after_the_wait(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    daemon.silent = True  # answers commands, never begins speaking
    speech = connected(daemon, tmp_path, qtbot)
    assert speech.available and not speech.ready  # the tones stand in meanwhile
    qtbot.wait_until(lambda: speech.warm, timeout=6000)
    speech.shutdown()


def test_the_voice_is_asked_for_in_the_user_interfaces_language(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot, language="de")
    assert "SET self LANGUAGE de" in daemon.commands[:4]
    assert "SET self LANGUAGE en" not in daemon.commands
    speech.shutdown()


def test_the_app_gives_its_voice_the_language_it_shows(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from acutimer import app
    from acutimer.qt import language

    monkeypatch.setenv("ACUTIMER_SPEECH_ENGINE", "speechd")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    monkeypatch.setattr(language, "current", lambda: "de")
    assert app.voice().language == "de"


def test_a_phrase_is_sent_whole_with_leading_dots_doubled_and_cuts_off_the_last(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    said: list[str] = []
    speech.said.connect(said.append)
    assert speech.say("Press L I 4\nfor 10 seconds.")
    qtbot.wait_until(lambda: len(daemon.spoken) == 2)
    assert daemon.spoken == [["a"], ["Press L I 4 for 10 seconds."]]
    assert speech.say(".5 seconds more")
    qtbot.wait_until(lambda: len(daemon.spoken) == 3)
    assert daemon.spoken[2] == ["..5 seconds more"]
    # The first phrase had begun and not ended: it was cancelled before the second.
    assert daemon.commands[-2:] == ["CANCEL self", "SPEAK"]
    assert said == ["Press L I 4\nfor 10 seconds.", ".5 seconds more"]
    speech.shutdown()


def test_a_daemon_that_stops_answering_is_not_responding_and_nothing_is_sent(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    daemon.frozen = True
    speech.say("Press.")
    with qtbot.wait_signal(speech.responsive_changed, timeout=5000) as changed:
        pass
    assert changed.args == [False]
    assert not speech.say("Release.")
    speech.shutdown()


def test_a_phrase_that_does_not_begin_in_time_is_reported_late_once(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = warmed_up(daemon, tmp_path, qtbot)
    daemon.silent = True  # busy: it takes the phrase and answers, and does not begin it
    late: list[bool] = []
    speech.late.connect(lambda: late.append(True))
    with qtbot.wait_signal(speech.late, timeout=LATE_AFTER * 1000 + 2000):
        assert speech.say("Press.")
    assert speech.responsive  # it answers: only the phrase is late
    qtbot.wait(round(LATE_AFTER * 1000))
    assert late == [True]
    speech.shutdown()


def test_a_phrase_begun_and_then_frozen_with_its_daemon_is_reported_late(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = warmed_up(daemon, tmp_path, qtbot)
    assert speech.say("Press.")
    qtbot.wait_until(lambda: len(daemon.spoken) == 2)  # begun at once
    daemon.frozen = True  # its sound stops with it
    with qtbot.wait_signal(speech.late, timeout=5000):
        pass
    assert not speech.responsive
    speech.shutdown()


def test_a_phrase_whose_daemon_goes_away_before_beginning_it_is_reported_late(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = warmed_up(daemon, tmp_path, qtbot)
    daemon.silent = True
    assert speech.say("Press.")
    qtbot.wait_until(lambda: len(daemon.spoken) == 2)
    with qtbot.wait_signal(speech.late, timeout=round(LATE_AFTER * 1000) - 200):
        daemon.close()  # killed: well before the phrase would count as late
    speech.shutdown()


def test_a_phrase_begun_at_once_or_cut_short_is_not_late(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = warmed_up(daemon, tmp_path, qtbot)
    with qtbot.assert_not_emitted(speech.late, wait=round(LATE_AFTER * 1000) + 300):
        assert speech.say("Press.")  # the fake begins it at once
    daemon.silent = True
    with qtbot.assert_not_emitted(speech.late, wait=round(LATE_AFTER * 1000) + 300):
        assert speech.say("Release.")
        speech.stop()  # a pause or a skip: nothing is due any more
    speech.shutdown()


def test_a_daemon_that_goes_away_is_reported_and_quitting_does_not_wait(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    with qtbot.wait_signal(speech.responsive_changed, timeout=5000) as changed:
        daemon.close()
    assert changed.args == [False]
    assert not speech.say("Press.")
    speech.shutdown()


def test_with_nothing_listening_and_no_daemon_to_start_the_voice_is_unavailable(
    tmp_path: Path, qtbot: QtBot
) -> None:
    speech = Speech(tmp_path / "nothing.sock", daemon=None)
    with qtbot.wait_signal(speech.available_changed, timeout=5000) as changed:
        speech.start()
    assert changed.args == [False]
    assert speech.problem == "speech-dispatcher is not running"
    speech.shutdown()


def test_a_missing_speech_dispatcher_program_is_named(tmp_path: Path, qtbot: QtBot) -> None:
    speech = Speech(tmp_path / "nothing.sock", daemon="no-such-speech-dispatcher")
    with qtbot.wait_signal(speech.available_changed, timeout=5000):
        speech.start()
    assert speech.problem == "no-such-speech-dispatcher is not installed"
    speech.shutdown()


def test_the_socket_is_found_as_libspeechd_finds_it(tmp_path: Path) -> None:
    runtime = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert socket_path(runtime) == (tmp_path / "speech-dispatcher" / "speechd.sock", "")
    assert socket_path({"SPEECHD_ADDRESS": "unix_socket:/x/s.sock"}) == (Path("/x/s.sock"), "")
    path, problem = socket_path({"SPEECHD_ADDRESS": "inet_socket:127.0.0.1:6560"})
    assert path is None and "unix_socket" in problem


def test_the_voice_volume_follows_the_tones_and_never_reaches_full_scale() -> None:
    volumes = [ssip_volume(g / 100) for g in range(0, 101)]
    assert volumes == sorted(volumes)
    assert volumes[0] == -100  # silent at zero
    assert max(volumes) < 0  # espeak-ng's full level (100) clipped: never asked for


def test_quitting_tells_the_daemon_to_stop_speaking_for_this_app(
    daemon: FakeDaemon, tmp_path: Path, qtbot: QtBot
) -> None:
    speech = connected(daemon, tmp_path, qtbot)
    speech.say("Rest and breathe slowly.")
    qtbot.wait_until(lambda: len(daemon.spoken) == 2)
    speech.shutdown()
    qtbot.wait_until(lambda: "QUIT" in daemon.commands)
    assert daemon.commands[-2:] == ["CANCEL self", "QUIT"]


def test_tones_and_voice_share_one_gain_on_the_voices_steps_at_every_volume() -> None:
    from acutimer.qt.cues import cue_gain
    from acutimer.qt.speech import QUIETEST_STEP, voice_gain

    gains = [cue_gain(v) for v in range(101)]
    assert gains[0] == 0.0 and ssip_volume(gains[0]) == -100  # silent at zero
    assert gains == sorted(gains) and gains[100] == pytest.approx(1.0, abs=0.01)
    # Each gain is one the voice can play exactly: the tones never sit between steps.
    assert all(voice_gain(g) == pytest.approx(g) for g in gains)
    # The quietest audible setting is the voice's quietest matching step, not below it.
    assert ssip_volume(gains[1]) + 100 >= math.ceil(QUIETEST_STEP * 100 / 55)
    # No dead zone: the slider's lower half still has distinct levels.
    assert len({round(g, 6) for g in gains[1:50]}) >= 8
