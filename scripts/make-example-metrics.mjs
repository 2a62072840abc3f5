// Writes the example job-metrics files under examples/metrics/ (deterministic; rerun to refresh).
import { mkdirSync, writeFileSync } from 'node:fs';

const dir = new URL('../examples/metrics/', import.meta.url);
mkdirSync(dir, { recursive: true });

// eval-suite: 8 × A100 80GB for 30 minutes, sampled every 15 s, with a 3-minute hole in GPU 5's log.
const lines = ['timestamp, index, name, power.draw [W], utilization.gpu [%]'];
const start = Date.UTC(2025, 5, 2, 14, 0, 0);
let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
for (let t = 0; t <= 1800; t += 15) {
  const stamp = new Date(start + t * 1000).toISOString().replace('T', ' ').replace(/-/g, '/').replace('Z', '');
  for (let gpu = 0; gpu < 8; gpu++) {
    if (gpu === 5 && t > 600 && t < 780) continue;
    const watts = (300 + 60 * Math.sin(t / 200 + gpu) + 20 * rand()).toFixed(2);
    lines.push(`${stamp}, ${gpu}, NVIDIA A100-SXM4-80GB, ${watts} W, ${Math.round(80 + 15 * rand())} %`);
  }
}
writeFileSync(new URL('eval-suite.nvidia-smi.csv', dir), `${lines.join('\n')}\n`);

// sft-chat: CodeCarbon on 4 nodes of 8 GPUs, one tracker each (run_id per node), 3 h 10 min.
const header =
  'timestamp,project_name,run_id,experiment_id,duration,emissions,emissions_rate,cpu_power,gpu_power,ram_power,cpu_energy,gpu_energy,ram_energy,energy_consumed,country_name,country_iso_code,region,cloud_provider,cloud_region,os,python_version,codecarbon_version,cpu_count,cpu_model,gpu_count,gpu_model,longitude,latitude,ram_total_size,tracking_mode,on_cloud,pue';
const rows = [0, 1, 2, 3].map((node) => {
  const duration = 11400 + node * 37;
  const hours = duration / 3600;
  const cpu = 0.48 * hours;
  const gpu = 8 * 0.56 * hours;
  const ram = 0.28 * hours;
  const energy = cpu + gpu + ram;
  return [
    '2025-05-28T18:42:10', 'chat-7b-sft', `4f7c2a9e-1b3d-4e5f-8a6b-7c8d9e0f1a2${node}`, '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0',
    duration.toFixed(1), (energy * 0.384).toFixed(6), (energy * 0.384 / duration).toExponential(6), '480.0', '4480.0', '280.0',
    cpu.toFixed(6), gpu.toFixed(6), ram.toFixed(6), energy.toFixed(6), 'United States', 'USA', 'virginia', 'aws', 'us-east-1',
    'Linux-6.8.0-1021-aws-x86_64-with-glibc2.35', '3.11.9', '2.8.3', '96', '"Intel(R) Xeon(R) Platinum 8488C, 2 sockets"', '8',
    '8 x NVIDIA H100 80GB HBM3', '-77.4874', '39.0438', '2048.0', 'machine', 'Y', '1.0',
  ].join(',');
});
writeFileSync(new URL('sft-chat.emissions.csv', dir), `${[header, ...rows].join('\n')}\n`);

// diverged-7b: what the training script wrote when the run was stopped.
writeFileSync(
  new URL('diverged-7b.metrics.json', dir),
  `${JSON.stringify({ runId: 'diverged-7b', gpu: 'NVIDIA H100 80GB HBM3', gpuCount: 256, hours: 125.5, energyKwh: 19905, energyScope: 'gpu', tokens: 6.1e11 }, null, 2)}\n`,
);
console.log('examples/metrics written');
