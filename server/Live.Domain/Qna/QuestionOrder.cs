namespace Live.Domain.Qna;

/// <summary>How questions are ranked on screens and phones.</summary>
public static class QuestionOrder
{
    /// <summary>Most votes first; ties go to the question asked first (it has waited longest).</summary>
    public static IEnumerable<Question> ByVotes(IEnumerable<Question> questions) =>
        questions.OrderByDescending(q => q.Votes).ThenBy(q => q.CreatedAt).ThenBy(q => q.Number);

    public static IEnumerable<Question> Newest(IEnumerable<Question> questions) =>
        questions.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Number);

    /// <summary>What attendees and the screen get: public questions, top <paramref name="limit"/> by votes, answering first.</summary>
    public static List<Question> PublicTop(IEnumerable<Question> questions, int limit) =>
        ByVotes(questions.Where(q => q.State.IsPublic()))
            .OrderBy(q => q.State == QuestionState.Answering ? 0 : 1)
            .Take(limit)
            .ToList();
}
