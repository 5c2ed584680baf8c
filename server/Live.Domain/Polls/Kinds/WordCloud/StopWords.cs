namespace Live.Domain.Polls.Kinds.WordCloud;

/// <summary>
/// Words that say nothing on their own in a cloud (zh and en function words). An entry that is only a stop word is
/// kept with the ballot (and in the export) but not counted in the cloud.
/// </summary>
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "is", "are", "was", "be",
        "it", "this", "that", "i", "we", "you", "my", "our", "so", "very", "just", "not", "no", "yes", "ok",
        "的", "了", "是", "和", "与", "及", "在", "有", "我", "我们", "你", "你们", "他", "她", "它", "这", "那", "就",
        "都", "也", "很", "啊", "吧", "呢", "吗", "嗯", "哦", "没有", "不", "一个",
    };

    /// <summary>Whether a normalised key (<see cref="WordNormalizer.Key"/>) is a stop word.</summary>
    public static bool Contains(string key) => Words.Contains(key);
}
