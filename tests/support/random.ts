// The tests' seeded generator is the one the ranking model uses (lib/ranking/random.ts).
export { seededRandom } from '../../lib/ranking/random';
