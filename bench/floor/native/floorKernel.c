/*
 * The floor kernel of bench/floor/floorKernel.ts in C, to tell how much of the distance between
 * the engine and its throughput targets is the language: the same case (awareness 1, default
 * rules, no capacities, no border), the same streams and draws, the same day loop. It reads the
 * state after day 0 that bench/floor/floor.ts dumps (layout in dumpFloorState there), runs days
 * `from`..`days`-1, and prints the state's fingerprint (as floor.ts computes it) and the seconds
 * the loop took. Built and run by `npm run bench:floor` when a C compiler is present.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static uint32_t mix32(uint32_t x) {
  x ^= x >> 16;
  x *= 0x7feb352du;
  x ^= x >> 15;
  x *= 0x846ca68bu;
  x ^= x >> 16;
  return x;
}

static const double UNIFORM_SCALE = 1.0 / 4294967296.0;
static const uint32_t STREAM_STEP = 0x9e3779b9u;
static const int32_t NEVER = 0x3fffffff;
static const int32_t TRAVELLING = 0x7fffffff;

static uint32_t stream_start(uint32_t day_key, uint32_t key) { return mix32(day_key ^ ((key + 1u) * 0x9e3779b1u)); }

static int32_t leave_delay(double u, double m) {
  if (u < m) return 0;
  if (!(m > 0)) return NEVER;
  double g = floor(log1p(-u) / log1p(-m));
  return g < NEVER ? (int32_t)g : NEVER;
}

static int32_t leave_delay_from(uint32_t state, double m) {
  if (m < 0.05) return leave_delay(state * UNIFORM_SCALE, m);
  int32_t days = 0;
  for (double draw = state * UNIFORM_SCALE; draw >= m; draw = mix32(state) * UNIFORM_SCALE) {
    state += STREAM_STEP;
    if (++days == 256) return days + leave_delay(mix32(state) * UNIFORM_SCALE, m);
  }
  return days;
}

static void *read_array(FILE *f, size_t count, size_t size) {
  void *p = malloc(count * size + 8);
  if (p == NULL || fread(p, size, count, f) != count) {
    fprintf(stderr, "floorKernel: the state file ends early\n");
    exit(2);
  }
  return p;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: floorKernel <state file>\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "rb");
  if (f == NULL) {
    perror(argv[1]);
    return 2;
  }
  int32_t *header = read_array(f, 7, 4);
  const int32_t n = header[0], locations = header[1], links = header[2], candidates = header[3], days = header[4], from = header[5],
                rounds = header[6];
  int32_t *location = read_array(f, n, 4);
  int32_t *link = read_array(f, n, 4);
  float *progress_of = read_array(f, n, 4);
  int32_t *next_leave = read_array(f, n, 4);
  uint32_t *on_link = read_array(f, (n + 31) / 32, 4);
  int32_t *present = read_array(f, locations, 4);
  int32_t *link_agents = read_array(f, links, 4);
  double *link_entries = read_array(f, links, 8);
  double *link_length = read_array(f, links, 8);
  int32_t *link_to = read_array(f, links, 4);
  int32_t *cand_start = read_array(f, locations + 1, 4);
  int32_t *first_link = read_array(f, candidates, 4);
  double *cumulative = read_array(f, candidates, 8);
  double *move_chance = read_array(f, locations, 8);
  double *max_speed_p = read_array(f, 1, 8);
  uint32_t *decision_keys = read_array(f, days, 4);
  uint32_t *round_keys = read_array(f, (size_t)days * rounds, 4);
  fclose(f);
  const double max_speed = *max_speed_p;
  double moved = 0;

  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
#define DEPART(a, l, u)                                                  \
  do {                                                                   \
    int32_t lo = cand_start[l], hi = cand_start[(l) + 1] - 1;            \
    if (hi < lo) break;                                                  \
    double target = (u) * cumulative[hi];                                \
    int32_t k = lo;                                                      \
    while (k < hi && !(cumulative[k] > target)) k++;                     \
    int32_t e = first_link[k];                                           \
    present[l]--;                                                        \
    link_agents[e]++;                                                    \
    link_entries[e]++;                                                   \
    link[a] = e;                                                         \
    on_link[(uint32_t)(a) >> 5] |= 1u << ((a) & 31);                     \
    progress_of[a] = 0;                                                  \
    next_leave[a] = TRAVELLING;                                          \
  } while (0)

  for (int32_t day = from; day < days; day++) {
    const uint32_t decision_key = decision_keys[day];
    for (int32_t a = 0; a < n; a++) {
      const int32_t leave_day = next_leave[a];
      if (leave_day > day) continue;
      const int32_t l = location[a];
      const uint32_t stream = stream_start(decision_key, (uint32_t)a);
      if (leave_day < 0) {
        const int32_t delay = leave_delay_from(stream, move_chance[l]);
        if (delay > 0) {
          next_leave[a] = day + delay;
          continue;
        }
      }
      next_leave[a] = -1;
      const double u = mix32(stream + STREAM_STEP) * UNIFORM_SCALE;
      DEPART(a, l, u);
    }
    const uint32_t *keys = round_keys + (size_t)day * rounds;
    for (int32_t e = 0; e < links; e++) moved += link_agents[e];
    for (int32_t w = 0, words = (n + 31) / 32; w < words; w++) {
      uint32_t word = on_link[w];
      while (word != 0) {
        const uint32_t lowest = word & -word;
        word ^= lowest;
        const int32_t a = w * 32 + __builtin_ctz(lowest);
        double moved_today = 0;
        for (int32_t round = 1; round < rounds; round++) {
          const int32_t e = link[a];
          const double length = link_length[e];
          const double progress = (double)progress_of[a] + max_speed;
          if (progress <= length) {
            progress_of[a] = (float)progress;
            break;
          }
          moved_today += max_speed + (length - progress);
          link_agents[e]--;
          link[a] = -1;
          on_link[(uint32_t)a >> 5] &= ~(1u << (a & 31));
          progress_of[a] = 0;
          const int32_t to = link_to[e];
          location[a] = to;
          present[to]++;
          next_leave[a] = -1;
          if (!(moved_today < max_speed)) break;
          uint32_t stream = stream_start(keys[round], (uint32_t)a);
          const double m = move_chance[to];
          if (m < 1) {
            stream += STREAM_STEP;
            if (mix32(stream) * UNIFORM_SCALE >= m) break;
          }
          stream += STREAM_STEP;
          const double u = mix32(stream) * UNIFORM_SCALE;
          DEPART(a, to, u);
          if (link[a] < 0) break;
        }
      }
    }
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);

  uint32_t h = 0;
  for (int32_t l = 0; l < locations; l++) h = h * 31u + (uint32_t)present[l];
  for (int32_t a = 0; a < n; a++) h = h * 31u + (uint32_t)(location[a] * 7 + link[a]);
  printf("%d %.0f %.6f\n", (int32_t)h, moved, (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
  return 0;
}
