"use client";

// A failing page of this group is replaced inside the portal's frame, which this group's layout draws.
export { default } from "../error";
