"""What tests that open sound in their own process expect Qt to say."""

NO_MEDIA_BACKEND = "No QtMultimedia backends found"
"""Said once per process when sound starts, on purpose, without a media back end
(acutimer.qt.sound.open_audio_devices); ignored only by tests that open sound."""
