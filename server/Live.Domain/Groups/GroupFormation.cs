namespace Live.Domain.Groups;

/// <summary>
/// Forms discussion tables. A greedy seating places the hardest people first (facilitators, then the largest companies)
/// where they cost least, then pairs of people swap tables while a swap lowers the total cost. The cost of two people at
/// one table weighs, in this order: a keep-apart pair, colleagues (a cost when spreading, a gain when keeping together),
/// and a pair who sat together in an earlier round. Table sizes are fixed by the count (as equal as possible, never over
/// the target), so swaps never unbalance them. Pure and deterministic for a seed.
/// </summary>
public static class GroupFormation
{
    public static Grouping Form(IReadOnlyList<GroupMember> people, GroupingOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TargetSize, 1);
        var seating = new Seating(people, options);
        seating.SeatGreedily();
        seating.ImproveBySwaps();
        return seating.Result();
    }

    private sealed class Seating
    {
        private const int ApartWeight = 1000, CompanyWeight = 10, RepeatWeight = 6;
        /// <summary>Each pass tries every person once; the cost only falls, so this bounds a run that is already settled.</summary>
        private const int MaxPasses = 40;

        private readonly IReadOnlyList<GroupMember> _people;
        private readonly CompanyRule _rule;
        private readonly Random _random;
        private readonly int[] _company;            // company index per person, −1 for none (or when companies are ignored)
        private readonly int[][] _apartSets;        // keep-apart set indices per person
        private readonly HashSet<int>[] _earlier;   // people each person sat with in earlier rounds
        private readonly bool[] _fixed;             // facilitators are seated first and never moved
        private readonly List<int> _facilitators = [];
        private readonly int[] _at;                 // table per person, −1 before seating
        private readonly List<int>[] _tables;
        private readonly int[] _capacity;
        private readonly Dictionary<(int Table, int Company), int> _colleagues = [];
        private readonly Dictionary<(int Table, int Set), int> _apart = [];
        private readonly int[] _tableRank;          // a seeded order among otherwise equal tables

        public Seating(IReadOnlyList<GroupMember> people, GroupingOptions options)
        {
            _people = people;
            _rule = options.Companies;
            _random = new Random(options.Seed);
            var n = people.Count;
            var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
            for (var i = 0; i < n; i++)
                if (!index.TryAdd(people[i].Id, i)) throw new ArgumentException($"{people[i].Id} is listed twice", nameof(people));

            var companies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            _company = people.Select(p => _rule == CompanyRule.Ignore || string.IsNullOrWhiteSpace(p.Company) ? -1
                : companies.TryGetValue(p.Company.Trim(), out var c) ? c : companies[p.Company.Trim()] = companies.Count).ToArray();

            // Ids no longer present (someone left since an earlier round) are ignored, not refused.
            var sets = new List<int>[n];
            for (var i = 0; i < n; i++) sets[i] = [];
            var apartSets = options.KeepApart ?? [];
            for (var s = 0; s < apartSets.Count; s++)
                foreach (var i in Known(apartSets[s], index).Distinct()) sets[i].Add(s);
            _apartSets = sets.Select(l => l.ToArray()).ToArray();

            _earlier = new HashSet<int>[n];
            for (var i = 0; i < n; i++) _earlier[i] = [];
            foreach (var table in options.EarlierRounds ?? [])
            {
                var seated = Known(table, index).Distinct().ToArray();
                foreach (var a in seated) foreach (var b in seated) if (a != b) _earlier[a].Add(b);
            }

            _fixed = new bool[n];
            foreach (var i in Known(options.Facilitators ?? [], index).Distinct()) { _fixed[i] = true; _facilitators.Add(i); }

            var count = n == 0 ? 0 : (n + options.TargetSize - 1) / options.TargetSize;
            _tables = Enumerable.Range(0, count).Select(_ => new List<int>(options.TargetSize)).ToArray();
            _capacity = Enumerable.Range(0, count).Select(t => n / count + (t < n % count ? 1 : 0)).ToArray();
            _at = Enumerable.Repeat(-1, n).ToArray();
            _tableRank = Shuffled(Enumerable.Range(0, count));
        }

        private static IEnumerable<int> Known(IEnumerable<string> ids, Dictionary<string, int> index) =>
            ids.Select(id => index.TryGetValue(id, out var i) ? i : -1).Where(i => i >= 0);

        /// <summary>Facilitators round the tables first; then colleagues company by company, the largest first, so spreading or packing them is still possible.</summary>
        public void SeatGreedily()
        {
            for (var k = 0; k < _facilitators.Count; k++) Seat(_facilitators[k], FreeTables().OrderBy(t => _tables[t].Count).ThenBy(t => _tableRank[t]).First());

            var order = Shuffled(Enumerable.Range(0, _people.Count).Where(i => !_fixed[i]))
                .GroupBy(i => _company[i])
                .OrderBy(g => g.Key < 0 ? 1 : 0).ThenByDescending(g => g.Count()).ThenBy(g => g.Key)
                .SelectMany(g => g);
            foreach (var i in order)
                Seat(i, FreeTables().OrderBy(t => CostAt(i, t)).ThenByDescending(t => _capacity[t] - _tables[t].Count).ThenBy(t => _tableRank[t]).First());
        }

        /// <summary>Swaps two people whenever it lowers the total cost, until a full pass finds nothing to gain.</summary>
        public void ImproveBySwaps()
        {
            for (var pass = 0; pass < MaxPasses; pass++)
            {
                var improved = false;
                foreach (var a in Shuffled(Enumerable.Range(0, _people.Count).Where(i => !_fixed[i])))
                {
                    var home = _at[a];
                    var here = CostAt(a, home);
                    (int Other, int Delta) best = (-1, 0);
                    for (var t = 0; t < _tables.Length; t++)
                    {
                        // A swap that pays leaves a or b better off. Here: a could not be, even after b leaves t; b's own turn covers
                    // the swaps that pay for b.
                    if (t == home || CostAt(a, t) - MostPairCost(a) >= here) continue;
                        foreach (var b in _tables[t])
                        {
                            if (_fixed[b]) continue;
                            var pair = PairCost(a, b);
                            var delta = CostAt(a, t) - pair + CostAt(b, home) - pair - here - CostAt(b, t);
                            if (delta < best.Delta) best = (b, delta);
                        }
                    }
                    if (best.Other < 0) continue;
                    var other = _at[best.Other];
                    Unseat(a); Unseat(best.Other);
                    Seat(a, other); Seat(best.Other, home);
                    improved = true;
                }
                if (!improved) return;
            }
        }

        /// <summary>The most anyone at a table can cost person a: what b leaving that table could save a at most.</summary>
        private int MostPairCost(int a) => ApartWeight * _apartSets[a].Length + CompanyWeight + RepeatWeight;

        public Grouping Result()
        {
            var tables = _tables.Select(t => (IReadOnlyList<string>)t.OrderBy(i => _fixed[i] ? 0 : 1).ThenBy(i => i).Select(i => _people[i].Id).ToList()).ToList();
            var sizes = _tables.Select(t => t.Count).DefaultIfEmpty(0).ToArray();
            var byCompany = _colleagues.Where(kv => kv.Value > 0).ToList();
            var largest = sizes.Max();
            var split = byCompany.GroupBy(kv => kv.Key.Company)
                .Sum(g => g.Count() - (g.Sum(kv => kv.Value) + largest - 1) / Math.Max(largest, 1));
            var repeated = _tables.Sum(t => t.Sum(a => t.Count(b => b > a && _earlier[a].Contains(b))));
            return new Grouping(tables, new GroupingScore(
                SmallestTable: sizes.Min(), LargestTable: largest,
                MostColleaguesAtOneTable: byCompany.Select(kv => kv.Value).DefaultIfEmpty(0).Max(),
                SameCompanyPairs: byCompany.Sum(kv => Pairs(kv.Value)),
                CompaniesSplit: split,
                RepeatedPairs: repeated,
                ApartBroken: _apart.Sum(kv => Pairs(kv.Value))));
        }

        private static int Pairs(int k) => k * (k - 1) / 2;

        private IEnumerable<int> FreeTables() => Enumerable.Range(0, _tables.Length).Where(t => _tables[t].Count < _capacity[t]);

        /// <summary>What person i costs at table t with the people there now (i itself not counted).</summary>
        private int CostAt(int i, int t)
        {
            var self = _at[i] == t;
            var cost = 0;
            foreach (var s in _apartSets[i]) cost += ApartWeight * (_apart.GetValueOrDefault((t, s)) - (self ? 1 : 0));
            if (_company[i] >= 0)
            {
                var colleagues = _colleagues.GetValueOrDefault((t, _company[i])) - (self ? 1 : 0);
                cost += _rule == CompanyRule.Together ? -CompanyWeight * colleagues : CompanyWeight * colleagues;
            }
            foreach (var j in _earlier[i]) if (_at[j] == t) cost += RepeatWeight;
            return cost;
        }

        /// <summary>What a and b cost each other at one table.</summary>
        private int PairCost(int a, int b)
        {
            var cost = ApartWeight * _apartSets[a].Count(s => _apartSets[b].Contains(s));
            if (_company[a] >= 0 && _company[a] == _company[b]) cost += _rule == CompanyRule.Together ? -CompanyWeight : CompanyWeight;
            if (_earlier[a].Contains(b)) cost += RepeatWeight;
            return cost;
        }

        private void Seat(int i, int t)
        {
            _at[i] = t;
            _tables[t].Add(i);
            if (_company[i] >= 0) _colleagues[(t, _company[i])] = _colleagues.GetValueOrDefault((t, _company[i])) + 1;
            foreach (var s in _apartSets[i]) _apart[(t, s)] = _apart.GetValueOrDefault((t, s)) + 1;
        }

        private void Unseat(int i)
        {
            var t = _at[i];
            _tables[t].Remove(i);
            if (_company[i] >= 0) _colleagues[(t, _company[i])]--;
            foreach (var s in _apartSets[i]) _apart[(t, s)]--;
            _at[i] = -1;
        }

        private int[] Shuffled(IEnumerable<int> items)
        {
            var array = items.ToArray();
            _random.Shuffle(array);
            return array;
        }
    }
}
