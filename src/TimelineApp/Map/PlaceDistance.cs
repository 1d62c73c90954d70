namespace TimelineApp.Map;

/// <summary>Great-circle distance on a spherical Earth (haversine): good to about 0.5 %, plenty to pick a nearby town.</summary>
public static class PlaceDistance
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(double lat1, double lng1, double lat2, double lng2)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLng = Rad(lng2 - lng1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
