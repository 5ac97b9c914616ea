/**
 * `<lesson-progress data-lesson="slug" data-steps="a b c">`: shows "2 of 3 steps done" from the
 * remembered progress, and marks each `[data-step-done="id"]` inside it when that step is done.
 */
import { $lessonProgress, lessonDone, stepKey } from '../state/lesson-progress.ts';

class LessonProgress extends HTMLElement {
  private stop: (() => void) | undefined;

  connectedCallback(): void {
    const lesson = this.dataset['lesson'] ?? '';
    const steps = (this.dataset['steps'] ?? '').split(' ').filter((s) => s !== '');
    const counter = this.querySelector<HTMLElement>('[data-count]');
    this.stop = $lessonProgress.subscribe((progress) => {
      const done = lessonDone(progress, lesson, steps);
      if (counter !== null) counter.textContent = done === 0 ? 'not started' : done === steps.length ? 'done ✓' : `${done} of ${steps.length} steps done`;
      this.dataset['done'] = String(done);
      for (const el of this.querySelectorAll<HTMLElement>('[data-step-done]')) {
        el.hidden = progress[stepKey(lesson, el.dataset['stepDone'] ?? '')] !== true;
      }
    });
  }

  disconnectedCallback(): void {
    this.stop?.();
  }
}

if (!customElements.get('lesson-progress')) customElements.define('lesson-progress', LessonProgress);
