using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>
/// The Data Protection key ring in the database (ProtectionKeys), for instances that share one: the framework reads
/// every key and adds new ones here. Two instances that start together on an empty ring may each add a key; both are
/// kept, and a token sealed with a key this instance has not read yet makes it read the ring again.
/// </summary>
public sealed class DatabaseKeyRing(IDbContextFactory<TalentWatchDb> dbFactory) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = dbFactory.CreateDbContext();
        return [.. db.ProtectionKeys.AsNoTracking().OrderBy(k => k.Id).Select(k => k.Xml).AsEnumerable().Select(xml => XElement.Parse(xml))];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        using var db = dbFactory.CreateDbContext();
        db.ProtectionKeys.Add(new ProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
        db.SaveChanges();
    }
}
