/** The day slider with play/pause, bound to a DayClock. */
import { useEffect, useState } from 'react';
import type { DayClock } from '../playback/dayClock.js';
import { dateOfDay } from './dates.js';

export function DaySlider({ clock, startDate }: { clock: DayClock; startDate: string }) {
  const [day, setDay] = useState(clock.day);
  const [playing, setPlaying] = useState(clock.playing);
  useEffect(() => {
    const offDay = clock.onDay(setDay);
    const offPlay = clock.onPlaying(setPlaying);
    return () => {
      offDay();
      offPlay();
    };
  }, [clock]);
  return (
    <div className="day-slider">
      <button type="button" data-testid="play" onClick={() => (clock.playing ? clock.pause() : clock.play())} aria-label={playing ? 'pause' : 'play'}>
        {playing ? '❚❚' : '▶'}
      </button>
      <input
        type="range"
        min={0}
        max={clock.days - 1}
        value={day}
        aria-label="day"
        data-testid="day-slider"
        onChange={(e) => {
          clock.pause();
          clock.set(Number(e.target.value));
        }}
      />
      <span className="day-label" data-testid="day-label">
        day {day} · {dateOfDay(startDate, day)}
      </span>
    </div>
  );
}
