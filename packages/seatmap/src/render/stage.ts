import { shade } from "./colour.ts";
import type { Frame } from "./draw.ts";
import type { Scene } from "./scene.ts";
import { type Rect, screenText } from "./text.ts";

/**
 * The screen, stage or court, with its caption. Captions' screen rectangles go into `labels`,
 * so section names are not written over them.
 */
export function drawStage(ctx: CanvasRenderingContext2D, scene: Scene, frame: Frame, labels: Rect[]) {
  const stage = scene.layout?.stage;
  if (!stage) return;
  const { palette } = scene;
  const { view } = frame;
  const { x, y, width, height } = stage;
  const scale = view.scale;
  if (stage.kind === "screen") {
    // A bowed screen with a soft beam of light towards the seats.
    const bow = Math.min(width * 0.04, 1.2);
    const beam = ctx.createLinearGradient(0, y, 0, y + 4);
    beam.addColorStop(0, "rgba(109, 95, 211, 0.16)");
    beam.addColorStop(1, "rgba(109, 95, 211, 0)");
    ctx.fillStyle = beam;
    ctx.beginPath();
    ctx.moveTo(x, y + height);
    ctx.quadraticCurveTo(x + width / 2, y + height + bow, x + width, y + height);
    ctx.lineTo(x + width - width * 0.06, y + 4);
    ctx.lineTo(x + width * 0.06, y + 4);
    ctx.closePath();
    ctx.fill();
    ctx.strokeStyle = palette.screen;
    ctx.lineCap = "round";
    ctx.lineWidth = Math.max(height, 4 / scale);
    ctx.beginPath();
    ctx.moveTo(x, y + height / 2);
    ctx.quadraticCurveTo(x + width / 2, y + height / 2 + bow, x + width, y + height / 2);
    ctx.stroke();
    const caption = screenText(
      ctx,
      frame,
      scene.stageLabel.toUpperCase(),
      x + width / 2,
      y + height + bow + 1.1,
      {
        colour: palette.screen,
        px: 11,
        weight: 600,
        spacing: 3,
        halo: palette.halo,
      },
    );
    labels.push(caption);
    return;
  }
  const radius = Math.min(width, height) * 0.12;
  if (stage.kind === "court") {
    ctx.fillStyle = palette.court;
    ctx.beginPath();
    ctx.roundRect(x, y, width, height, radius);
    ctx.fill();
    ctx.strokeStyle = palette.courtLine;
    ctx.lineWidth = 1.5 / scale;
    const inset = Math.min(width, height) * 0.08;
    ctx.strokeRect(x + inset, y + inset, width - 2 * inset, height - 2 * inset);
    ctx.beginPath();
    ctx.moveTo(x + width / 2, y + inset);
    ctx.lineTo(x + width / 2, y + height - inset);
    ctx.stroke();
  } else {
    const fill = ctx.createLinearGradient(0, y, 0, y + height);
    fill.addColorStop(0, palette.stage);
    fill.addColorStop(1, shade(palette.stage));
    ctx.fillStyle = fill;
    ctx.beginPath();
    ctx.roundRect(x, y, width, height, [0, 0, radius, radius]);
    ctx.fill();
  }
  const px = Math.max(10, Math.min(14, height * scale * 0.22));
  // The stage itself is the caption's box: nothing else is written over it.
  const topLeft = { x: x * scale + view.x, y: y * scale + view.y };
  labels.push({
    x0: topLeft.x,
    y0: topLeft.y,
    x1: topLeft.x + width * scale,
    y1: topLeft.y + height * scale,
  });
  screenText(ctx, frame, scene.stageLabel.toUpperCase(), x + width / 2, y + height / 2, {
    colour: stage.kind === "court" ? "#7a5c2e" : palette.stageText,
    px,
    weight: 700,
    spacing: 3,
    halo: stage.kind === "court" ? palette.court : false,
  });
}
