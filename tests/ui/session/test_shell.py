from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from calmkit.core.clock import FakeClock, SystemClock
from calmkit.core.exercises import Catalog, SessionLength, SessionPlan, timeline_for
from calmkit.core.preferences import PlayerPreferences, load_player_preferences
from calmkit.core.session import SessionRunner
from calmkit.core.store import Store
from calmkit.core.timeline import Step, Timeline
from calmkit.ui.players.breathing.pacer import fullness
from calmkit.ui.session.cue_scheduler import CueScheduler
from calmkit.ui.session.shell import SessionShell
from tests.ui.conftest import RecordingCues, RecordingSpeaker
from tests.ui.helpers import make_shell, pacer


def box_runner(clock: FakeClock, catalog: Catalog, cycles: int = 2) -> SessionRunner:
    return SessionRunner(
        timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=cycles))), clock
    )


def test_the_pacer_grows_on_the_inhale_holds_and_shrinks_on_the_exhale(
    clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    runner.start()
    sizes = []
    for _ in range(8):
        sizes.append(round(fullness(runner.state()), 3))
        clock.advance(2)
    assert sizes == [0.0, 0.5, 1.0, 1.0, 1.0, 0.5, 0.0, 0.0]


def test_a_top_up_inhale_goes_beyond_a_full_breath() -> None:
    timeline = Timeline(
        [Step("inhale", "In", 2), Step("inhale-top-up", "Top up", 1), Step("exhale", "Out", 4)]
    )
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    runner.start()
    clock.advance(2.999)
    assert fullness(runner.state()) > 1.0


def test_cues_are_aimed_from_the_start_so_a_late_cue_does_not_delay_the_next(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[tuple[int, str]] = []
    scheduler.cue.connect(lambda i, kind: heard.append((i, kind)))
    runner.start()
    scheduler.begin()
    assert heard == [(0, "inhale")]
    assert scheduler.next_wait_ms == 4000

    clock.advance(3.9)
    scheduler.fire_due()  # woke early: nothing yet, aim again at the same boundary
    assert heard == [(0, "inhale")]
    assert scheduler.next_wait_ms == 100

    clock.advance(0.4)  # 300 ms late this time
    scheduler.fire_due()
    assert heard[-1] == (1, "hold")
    assert scheduler.next_wait_ms == 3700, "aimed at start + 8 s, not at this cue + 4 s"


def test_after_a_stall_only_the_current_boundary_is_cued(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[int] = []
    scheduler.cue.connect(lambda i, _kind: heard.append(i))
    runner.start()
    scheduler.begin()
    clock.advance(9)  # the machine was busy through two boundaries
    scheduler.fire_due()
    assert heard == [0, 2]


def test_a_pause_moves_every_later_cue_by_the_paused_time(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    runner.start()
    scheduler.begin()
    clock.advance(1)
    runner.pause()
    scheduler.suspend()
    assert scheduler.next_wait_ms == -1
    clock.advance(60)
    runner.resume()
    scheduler.resume()
    assert scheduler.next_wait_ms == 3000


def test_a_real_session_cues_every_step_on_time_with_real_timers(
    qtbot: QtBot, store: Store, catalog: Catalog
) -> None:
    """The one wiring test that uses real QTimers; the timing itself is benchmarked."""
    steps = [
        Step(kind, kind, 0.06, cycle=c)
        for c in range(2)
        for kind in ("inhale", "hold", "exhale", "rest")
    ]
    timeline = Timeline(steps)
    clock = SystemClock()
    cues = RecordingCues()
    player = make_shell(store, catalog, clock, "box", timeline, cues=cues)
    qtbot.addWidget(player)
    lateness: list[float] = []
    player.scheduler.cue.connect(
        lambda i, _k: lateness.append(clock.monotonic() - player.runner.monotonic_deadline(i))
    )
    with qtbot.waitSignal(player.session_over, timeout=5000):
        player.start()
    assert cues.kinds == ["inhale", "hold", "exhale", "rest"] * 2
    assert player.runner.outcome().completed
    assert player.summary_title.text() == "Session complete"
    # Generous bound for a loaded CI machine; the benchmark measures the real accuracy.
    assert max(lateness) < 0.05, lateness
    assert min(lateness) > -0.003, "a cue must never come early"


def test_the_countdown_counts_whole_seconds_down_to_one(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    player = make_shell(store, catalog, clock, "box", cues=RecordingCues())
    qtbot.addWidget(player)
    player.start()
    seen = []
    for _ in range(4):
        player.refresh()
        seen.append(player.countdown_label.text())
        clock.advance(1)
    assert seen == ["4", "3", "2", "1"]
    assert player.remaining_label.text() == "3:57 left"  # read at 3 s of 240


def test_the_sound_player_is_silent_but_working_without_an_audio_device(
    qtbot: QtBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    from calmkit.resources import resource_path
    from calmkit.ui import audio

    monkeypatch.setattr(QMediaDevices, "defaultAudioOutput", staticmethod(QAudioDevice))
    cues = audio.CuePlayer(resource_path("sounds"), clock)
    assert not cues.available and cues.start_lead == 0
    cues.warm_up()
    cues.schedule("inhale", clock.monotonic())
    cues.set_muted(True)
    cues.set_volume(1.7)
    cues.schedule("exhale", clock.monotonic())
    assert cues.played == ["inhale", "exhale"]
    assert cues.muted and cues.volume == 1.0 and not cues.running


def test_every_phase_kind_has_its_own_tone() -> None:
    from calmkit.resources import resource_path
    from calmkit.ui.audio import CUE_KINDS

    sounds = {kind: resource_path("sounds", f"tone-{kind}.wav").read_bytes() for kind in CUE_KINDS}
    assert len(set(sounds.values())) == len(CUE_KINDS)


def make_player(
    qtbot: QtBot,
    clock: FakeClock,
    catalog: Catalog,
    prefs: PlayerPreferences,
    store: Store,
    speaker_factory: object = None,
) -> tuple[SessionShell, RecordingCues]:
    cues = RecordingCues()
    timeline = timeline_for(catalog.get("box"), SessionPlan(SessionLength(cycles=2)))
    player = make_shell(
        store,
        catalog,
        clock,
        "box",
        timeline,
        cues=cues,
        preferences=prefs,
        speaker_factory=speaker_factory,
    )
    qtbot.addWidget(player)
    player.resize(700, 500)
    player.show()  # shortcuts only reach a widget in a shown, active window
    player.activateWindow()
    qtbot.waitActive(player)
    qtbot.waitUntil(lambda: pacer(player).repaints > 0)  # laid out and painted once
    return player, cues


def test_the_countdown_says_get_ready_then_the_first_breath_starts_on_time(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    player, cues = make_player(qtbot, clock, catalog, PlayerPreferences(countdown=True), store)
    started = clock.monotonic()
    player.start()
    assert cues.warmed == 1, "the audio output opens during the countdown"
    shown = []
    for second in range(3):
        clock.advance(second and 1)
        player.refresh()
        shown.append((player.step_label.text(), player.countdown_label.text()))
    assert shown == [("Get ready", "3"), ("Get ready", "2"), ("Get ready", "1")]
    assert cues.kinds == []
    clock.advance(0.8)  # 2.8 s: the ahead-timer's moment, 0.25 s before the first breath
    player.scheduler.fire_ahead()
    assert cues.kinds == ["inhale"] and cues.moments == [started + 3], "placed ahead, exactly"
    clock.advance(0.2)
    player.scheduler.fire_due()
    player.refresh()
    assert player.step_label.text() == "Breathe in"
    assert player.runner.elapsed() == pytest.approx(0)


def test_esc_during_the_countdown_goes_back_and_records_nothing(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    player, _ = make_player(qtbot, clock, catalog, PlayerPreferences(countdown=True), store)
    over: list[object] = []
    player.session_over.connect(over.append)
    player.start()
    clock.advance(1)
    with qtbot.waitSignal(player.closed, timeout=1000):
        qtbot.keyClick(player, Qt.Key.Key_Escape)
    assert over == [] and not player.runner.practised


def test_pausing_withdraws_tones_placed_for_the_old_moments(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    player, cues = make_player(qtbot, clock, catalog, PlayerPreferences(countdown=False), store)
    player.start()
    clock.advance(3.9)
    player.scheduler.fire_ahead()
    assert cues.kinds == ["inhale", "hold"]
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert cues.withdrawn == 1
    clock.advance(30)
    qtbot.keyClick(player, Qt.Key.Key_Space)
    assert cues.kinds[-1] == "hold"
    assert cues.moments[-1] == pytest.approx(player.runner.monotonic_deadline(1))


def test_m_mutes_tones_v_speaks_phase_words_r_stills_the_pacer_and_all_are_remembered(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    speaker = RecordingSpeaker()
    player, cues = make_player(
        qtbot,
        clock,
        catalog,
        PlayerPreferences(countdown=False),
        store,
        speaker_factory=lambda: speaker,
    )
    player.start()
    qtbot.keyClick(player, Qt.Key.Key_M)
    qtbot.keyClick(player, Qt.Key.Key_V)
    qtbot.keyClick(player, Qt.Key.Key_R)
    clock.advance(4)
    player.scheduler.fire_ahead()
    player.scheduler.fire_due()
    assert cues.kinds == ["inhale"], "muted: the hold tone is not played"
    assert speaker.said == ["Hold"]
    assert pacer(player).pacer_style == "bar"
    last = load_player_preferences(store)
    assert (last.muted, last.voice, last.pacer_style) == (True, True, "bar")
    qtbot.keyClick(player, Qt.Key.Key_Down)
    assert load_player_preferences(store).volume == pytest.approx(0.7)
    assert cues.volume == pytest.approx(0.7) and speaker.volume == pytest.approx(0.7)


def test_a_voice_that_cannot_speak_says_why_and_the_session_goes_on(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    speaker = RecordingSpeaker(problem="Spoken words are unavailable (no engine).")
    player, cues = make_player(
        qtbot,
        clock,
        catalog,
        PlayerPreferences(countdown=False),
        store,
        speaker_factory=lambda: speaker,
    )
    player.start()
    qtbot.keyClick(player, Qt.Key.Key_V)
    assert "Spoken words are unavailable" in player.hint_label.text()
    clock.advance(4)
    player.scheduler.fire_ahead()
    player.scheduler.fire_due()
    assert cues.kinds == ["inhale", "hold"]


def test_the_still_pacer_fills_a_bar_and_paints_without_warnings(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog, store: Store
) -> None:
    player, _ = make_player(qtbot, clock, catalog, PlayerPreferences(pacer_style="bar"), store)
    painted = pacer(player).repaints
    pacer(player).repaint()
    assert pacer(player).repaints > painted
    assert player.still_button.isChecked()


def test_after_a_jump_to_a_step_it_is_cued_now_and_later_cues_follow_from_there(
    qtbot: QtBot, clock: FakeClock, catalog: Catalog
) -> None:
    runner = box_runner(clock, catalog)
    scheduler = CueScheduler(runner, clock)
    heard: list[int] = []
    ahead: list[tuple[int, float]] = []
    scheduler.cue.connect(lambda i, _kind: heard.append(i))
    scheduler.upcoming.connect(lambda i, _kind, moment: ahead.append((i, moment)))
    runner.start()
    scheduler.begin()
    clock.advance(1)
    runner.jump_to(5)
    scheduler.restart()
    assert heard == [0, 5]
    assert ahead[-1] == (5, pytest.approx(clock.monotonic()))
    assert scheduler.next_wait_ms == 4000  # the next boundary is a whole step away
