namespace TalentWatch.Storage;

/// <summary>
/// Wrong sign-ins counted for one key (a client address with an account name, or the address alone) until the window
/// ends. Kept in the database so that instances behind one balancer count together and a restart forgets nothing.
/// </summary>
public sealed class LoginFailure
{
    public required string Key { get; set; }
    public int Failures { get; set; }
    public DateTime Until { get; set; }
}
