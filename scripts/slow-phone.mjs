// What the speed scripts share: a slow phone, as Chrome's DevTools and Lighthouse describe one
// (slow 4G: 562.5 ms round trips, 1.4 Mbit/s down, 675 kbit/s up; the CPU slowed 4×), and the
// median of repeated runs.

/** Slows the page's network and CPU; returns its devtools session, with the network followed. */
export async function slowPhone(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: (1.4 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

/** The middle value of a list of measurements. */
export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
