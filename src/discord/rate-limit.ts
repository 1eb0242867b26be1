import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/** How many questions one user may ask per minute, across commands and conversations. */
export class QuestionRateLimit {
  private readonly limiter: RateLimiterMemory;

  constructor(questionsPerMinute: number) {
    this.limiter = new RateLimiterMemory({ points: questionsPerMinute, duration: 60 });
  }

  /** Takes one question from the user's allowance: null when they may ask, else the seconds until they may. */
  async take(userId: string): Promise<number | null> {
    try {
      await this.limiter.consume(userId);
      return null;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }
}

export function rateLimitNotice(seconds: number): string {
  return `You're asking faster than I can keep up with. Please wait ${seconds} second${seconds === 1 ? '' : 's'} and ask again.`;
}
