namespace TalentWatch.Web.Admin;

public static class AdminPolicy
{
    public const string Name = "Admin";
    public const string Role = "admin";
    public const string Scheme = "TalentWatch.Admin";
}
