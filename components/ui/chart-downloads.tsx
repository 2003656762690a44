"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore, type RefObject } from "react";
import type { ChartCredit } from "@/lib/core/charts/credit";
import { composeChartSvg, type ChartImage } from "@/lib/core/charts/compose-svg";

const noSubscription = () => () => undefined;
/** Twice the drawn size: sharp on a projector and in a printed slide. */
const PNG_SCALE = 2;

/** The full view's address: an image saved from an embed links to the page it comes from. */
function viewUrl(): string {
  const url = new URL(window.location.href);
  url.hash = "";
  url.pathname = url.pathname.replace(/^\/([^/]+)\/embed(\/|$)/, "/$1$2");
  return url.href;
}

function save(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

async function toPng(image: ChartImage): Promise<Blob> {
  const picture = new Image();
  picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`;
  await picture.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.width * PNG_SCALE;
  canvas.height = image.height * PNG_SCALE;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("no canvas");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no image"))), "image/png"));
}

/**
 * "Download PNG" and "Download SVG" under a chart: the chart as drawn on the
 * page, with its title, finding, source, link and — for generated numbers —
 * the demonstration marker drawn in (lib/core/charts/compose-svg.ts).
 * Shown once the page runs JavaScript, since the image is made in the browser.
 */
export function ChartDownloads({ credit, summary, figure }: { credit: ChartCredit; summary?: string | null; figure: RefObject<HTMLElement | null> }) {
  const t = useTranslations("shell.chartDownloads");
  const running = useSyncExternalStore(noSubscription, () => true, () => false);
  const [failed, setFailed] = useState(false);
  if (!running) return null;

  function compose(): ChartImage | null {
    const drawing = figure.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!drawing) return null;
    const { width, height } = drawing.getBoundingClientRect();
    const content = [...drawing.children].map((child) => new XMLSerializer().serializeToString(child)).join("");
    return composeChartSvg(
      { content, width, height },
      { title: credit.title, summary, source: credit.source, url: viewUrl(), demoLabel: credit.demo ? t("demo") : null },
    );
  }

  async function download(kind: "png" | "svg") {
    setFailed(false);
    try {
      const image = compose();
      if (!image) throw new Error("no chart");
      const blob = kind === "svg" ? new Blob([image.svg], { type: "image/svg+xml" }) : await toPng(image);
      save(blob, `${credit.fileName}.${kind}`);
    } catch {
      setFailed(true);
    }
  }

  return (
    <div className="chart-downloads">
      {(["png", "svg"] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="button button--small button--secondary"
          aria-label={`${t(kind)}: ${credit.title}`}
          onClick={() => download(kind)}
        >
          {t(kind)}
        </button>
      ))}
      <p role="status" className="chart-downloads__status">
        {failed ? t("failed") : null}
      </p>
    </div>
  );
}
