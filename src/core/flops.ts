/**
 * Compute load in FLOPs: METHODOLOGY.md section 1, one pure function per row of its table, plus
 * the token counts per modality it gives. Parameter counts are totals (N), active (N_a, MoE) or
 * trainable (N_t) as the row says.
 */

/** Training: F = 6 · N · D. */
export function trainingFlops(parameters: number, tokens: number): number {
  return 6 * parameters * tokens;
}

/** Fine-tuning: F = (2 · N + 4 · N_t) · D; full fine-tuning (N_t = N) gives 6 · N · D. */
export function fineTuningFlops(parameters: number, trainableParameters: number, tokens: number): number {
  return (2 * parameters + 4 * trainableParameters) * tokens;
}

/**
 * Attention beyond the parameter FLOPs, beyond the methodology (PaLM, Chowdhery et al. 2022,
 * appendix B): 12 · n_layers · d_model · seq_len per token, forward and backward. Not halved for the
 * causal mask, as PaLM does not: the calibration of realised utilisation uses the same convention.
 */
export function attentionTrainingFlops(layers: number, hiddenSize: number, seqLen: number, tokens: number): number {
  return 12 * layers * hiddenSize * seqLen * tokens;
}

/** Distillation with online logits: the teacher's forward pass, 2 · N_teacher · D. */
export function teacherForwardFlops(teacherParameters: number, tokens: number): number {
  return 2 * teacherParameters * tokens;
}

/** Prompt processing (text, or image/audio encoded positions): F = 2 · N_a · T_in. */
export function promptFlops(activeParameters: number, inputPositions: number): number {
  return 2 * activeParameters * inputPositions;
}

/** Text generation: F = 2 · N_a · T_out. */
export function generationFlops(activeParameters: number, outputTokens: number): number {
  return 2 * activeParameters * outputTokens;
}

/** Image generation with a U-Net: F = 2 · N · (latent width · latent height) · steps. */
export function unetImageFlops(parameters: number, latentWidth: number, latentHeight: number, steps: number): number {
  return 2 * parameters * latentWidth * latentHeight * steps;
}

/** Diffusion transformer: F = steps · (2 · N · T + 2 · n_layers · T² · d_model). */
export function ditFlops(parameters: number, tokens: number, layers: number, hiddenSize: number, steps: number): number {
  return steps * (2 * parameters * tokens + 2 * layers * tokens * tokens * hiddenSize);
}

/** Video generation with a U-Net: F = 2 · N · (latent w · h) · frames · steps. */
export function unetVideoFlops(
  parameters: number,
  latentWidth: number,
  latentHeight: number,
  frames: number,
  steps: number,
): number {
  return 2 * parameters * latentWidth * latentHeight * frames * steps;
}

/** Video DiT tokens: T = (frames / temporal compression) · tokens per frame. */
export function videoDitTokens(frames: number, temporalCompression: number, tokensPerFrame: number): number {
  return (frames / temporalCompression) * tokensPerFrame;
}

/**
 * Hybrid DiT + 3D VAE: the VAE encodes whole blocks of frames, so a partial block costs a whole one.
 * T = ceil(frames / temporal compression) · tokens per frame.
 */
export function hybridVideoTokens(frames: number, temporalCompression: number, tokensPerFrame: number): number {
  return Math.ceil(frames / temporalCompression) * tokensPerFrame;
}

/** Audio generation, codec / autoregressive: F = 2 · N_a · T_out · codebooks. */
export function codecAudioFlops(activeParameters: number, outputTokens: number, codebooks: number): number {
  return 2 * activeParameters * outputTokens * codebooks;
}

/** Tokens per modality (section 1): text ≈ 1.6 tokens per word. */
export const TOKENS_PER_WORD = 1.6;

export function textTokens(words: number): number {
  return words * TOKENS_PER_WORD;
}

/** Image: (w / p) · (h / p) patches; 512 × 512 with p = 16 gives 1,024. */
export function imagePatches(width: number, height: number, patchSize: number): number {
  return (width / patchSize) * (height / patchSize);
}

/** Audio: duration · sample rate / temporal downscale; 10 s at 24 kHz with 320 gives 750. */
export function audioPositions(durationSeconds: number, sampleRate: number, temporalDownscale: number): number {
  return (durationSeconds * sampleRate) / temporalDownscale;
}

/** Video: frames · tokens per frame. */
export function videoPositions(frames: number, tokensPerFrame: number): number {
  return frames * tokensPerFrame;
}

/** The shape the attention term needs: n_layers, d_model and the training sequence length. */
export interface AttentionShape {
  readonly layers: number;
  readonly hiddenSize: number;
  readonly seqLen: number;
}

/**
 * Optional terms of training and fine-tuning, each added (and shown in the formula) only when present:
 * the attention term when the shape is known, the teacher's forward pass when distilling online.
 */
interface TrainingExtras {
  readonly attention?: AttentionShape;
  readonly teacherParameters?: number;
}

/** What a run computes, one variant per workload row of section 1. Counts are per item. */
export type Workload =
  | ({ readonly kind: 'training'; readonly parameters: number; readonly tokens: number } & TrainingExtras)
  | ({
      readonly kind: 'fine-tuning';
      readonly parameters: number;
      readonly trainableParameters: number;
      readonly tokens: number;
    } & TrainingExtras)
  | {
      readonly kind: 'inference';
      readonly activeParameters: number;
      /** Prompt positions per request: text tokens, or encoded image/audio positions. */
      readonly promptTokens: number;
      readonly outputTokens: number;
      readonly requests: number;
    }
  | {
      readonly kind: 'image-generation';
      readonly architecture: 'unet';
      readonly parameters: number;
      readonly latentWidth: number;
      readonly latentHeight: number;
      readonly steps: number;
      readonly items: number;
    }
  | {
      readonly kind: 'image-generation' | 'audio-generation';
      readonly architecture: 'dit';
      readonly parameters: number;
      readonly latentTokens: number;
      readonly layers: number;
      readonly hiddenSize: number;
      readonly steps: number;
      readonly items: number;
    }
  | {
      readonly kind: 'video-generation';
      readonly architecture: 'unet';
      readonly parameters: number;
      readonly latentWidth: number;
      readonly latentHeight: number;
      readonly frames: number;
      readonly steps: number;
      readonly items: number;
    }
  | {
      readonly kind: 'video-generation';
      readonly architecture: 'dit' | 'hybrid';
      readonly parameters: number;
      readonly frames: number;
      readonly temporalCompression: number;
      readonly tokensPerFrame: number;
      readonly layers: number;
      readonly hiddenSize: number;
      readonly steps: number;
      readonly items: number;
    }
  | {
      readonly kind: 'audio-generation';
      readonly architecture: 'codec';
      readonly activeParameters: number;
      readonly outputTokens: number;
      readonly codebooks: number;
      readonly items: number;
    };

export type WorkloadKind = Workload['kind'];

/**
 * FLOPs of a workload, split into the prompt part (which the prefix cache of section 5 discounts)
 * and the rest. `formula` names the section-1 row for the report.
 */
export interface WorkloadFlops {
  readonly prompt: number;
  readonly other: number;
  readonly total: number;
  readonly formula: string;
}

function flopsResult(prompt: number, other: number, formula: string): WorkloadFlops {
  return { prompt, other, total: prompt + other, formula };
}

export function workloadFlops(w: Workload): WorkloadFlops {
  switch (w.kind) {
    case 'training':
      return withTrainingExtras(w, trainingFlops(w.parameters, w.tokens), '6 · N · D');
    case 'fine-tuning':
      return withTrainingExtras(w, fineTuningFlops(w.parameters, w.trainableParameters, w.tokens), '(2 · N + 4 · N_t) · D');
    case 'inference':
      return flopsResult(
        promptFlops(w.activeParameters, w.promptTokens) * w.requests,
        generationFlops(w.activeParameters, w.outputTokens) * w.requests,
        'F = 2 · N_a · (T_in + T_out) · requests',
      );
    case 'image-generation':
    case 'audio-generation':
    case 'video-generation':
      return generationWorkloadFlops(w);
  }
}

/** Adds the optional attention and teacher terms to the parameter FLOPs; the formula names each present term. */
function withTrainingExtras(w: TrainingExtras & { readonly tokens: number }, base: number, baseFormula: string): WorkloadFlops {
  let total = base;
  const terms = [baseFormula];
  if (w.attention) {
    total += attentionTrainingFlops(w.attention.layers, w.attention.hiddenSize, w.attention.seqLen, w.tokens);
    terms.push('12 · n_layers · d_model · seq_len · D');
  }
  if (w.teacherParameters !== undefined) {
    total += teacherForwardFlops(w.teacherParameters, w.tokens);
    terms.push('2 · N_teacher · D');
  }
  return flopsResult(0, total, `F = ${terms.join(' + ')}`);
}

function generationWorkloadFlops(w: Exclude<Workload, { kind: 'training' | 'fine-tuning' | 'inference' }>): WorkloadFlops {
  switch (w.architecture) {
    case 'unet':
      return w.kind === 'video-generation'
        ? flopsResult(
            0,
            unetVideoFlops(w.parameters, w.latentWidth, w.latentHeight, w.frames, w.steps) * w.items,
            'F = 2 · N · (latent w · h) · frames · steps',
          )
        : flopsResult(
            0,
            unetImageFlops(w.parameters, w.latentWidth, w.latentHeight, w.steps) * w.items,
            'F = 2 · N · (latent w · h) · steps',
          );
    case 'dit':
    case 'hybrid': {
      const tokens =
        w.kind === 'video-generation'
          ? (w.architecture === 'hybrid' ? hybridVideoTokens : videoDitTokens)(
              w.frames,
              w.temporalCompression,
              w.tokensPerFrame,
            )
          : w.latentTokens;
      return flopsResult(
        0,
        ditFlops(w.parameters, tokens, w.layers, w.hiddenSize, w.steps) * w.items,
        'F = steps · (2 · N · T + 2 · n_layers · T² · d_model)',
      );
    }
    case 'codec':
      return flopsResult(
        0,
        codecAudioFlops(w.activeParameters, w.outputTokens, w.codebooks) * w.items,
        'F = 2 · N_a · T_out · codebooks',
      );
  }
}
