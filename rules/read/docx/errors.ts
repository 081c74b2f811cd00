// A refusal raised anywhere inside the .docx reader; readDocx turns it into an InputProblem.
import type { InputProblem } from '../../model.ts';

export class ReadFailure extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.message);
  }
}

/** Shared by every part parser: the limits that apply while reading and the wall-clock deadline. */
export interface ReadCtx {
  maxXmlDepth: number;
  /** Date.now() value after which reading stops with input.too-large. */
  deadline: number;
}

export function tooSlow(part: string): ReadFailure {
  return new ReadFailure({
    ruleId: 'input.too-large',
    message:
      'Tệp quá lớn hoặc quá phức tạp để kiểm tra trong thời gian cho phép. Hãy tách văn bản thành tệp nhỏ hơn hoặc lưu lại bằng Word rồi kiểm tra lại.',
    recognised: 'docx',
    detail: `time limit passed while reading ${part}`,
  });
}

export function brokenXml(part: string, why: string): ReadFailure {
  return new ReadFailure({
    ruleId: 'input.corrupt',
    message: `Tệp .docx bị hỏng: phần "${part}" không đọc được. Hãy mở tệp bằng Word, lưu lại rồi kiểm tra lại.`,
    recognised: 'docx',
    detail: `${part}: ${why}`,
  });
}
