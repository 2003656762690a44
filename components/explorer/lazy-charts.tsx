"use client";

/**
 * The explorer's charts, each loaded with its chart library only where it
 * is drawn: a page showing the table instead never downloads them.
 */
import dynamic from "next/dynamic";

export const VisitsChart = dynamic(() => import("./visits-chart").then((m) => m.VisitsChart));
export const CorridorChart = dynamic(() => import("./corridor-chart").then((m) => m.CorridorChart));
export const DeterminantsScatter = dynamic(() => import("./determinants-scatter").then((m) => m.DeterminantsScatter));
